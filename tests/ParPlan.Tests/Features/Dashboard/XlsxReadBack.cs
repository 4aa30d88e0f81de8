using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParPlan.Tests.Features.Dashboard;

/// <summary>Reads a generated workbook back with the OpenXml SDK: the cells of one sheet by reference, and its column widths.</summary>
public sealed class XlsxReadBack
{
    private XlsxReadBack(IReadOnlyList<string> sheets, Dictionary<string, Cell> cells, IReadOnlyList<double> widths)
    {
        Sheets = sheets;
        Cells = cells;
        Widths = widths;
    }

    public IReadOnlyList<string> Sheets { get; }

    public Dictionary<string, Cell> Cells { get; }

    public IReadOnlyList<double> Widths { get; }

    public static XlsxReadBack Open(byte[] bytes, string sheet)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var part = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == sheet).Id!);
        var cells = part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => (Cell)c.CloneNode(true));
        var widths = part.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        return new XlsxReadBack(sheets.Select(s => s.Name!.Value!).ToList(), cells, widths);
    }

    public string Text(string reference) => Cells.TryGetValue(reference, out var c) ? c.InlineString?.InnerText ?? c.CellValue?.Text ?? "" : "";

    public double Number(string reference)
    {
        var cell = Cells[reference];
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} is not a number cell");
        return double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
    }

    public DateOnly Date(string reference) => DateOnly.FromDateTime(DateTime.FromOADate(Number(reference)));

    /// <summary>The first row whose column A reads <paramref name="text"/>.</summary>
    public int RowOf(string text, string column = "A") =>
        Cells.Where(c => c.Key.StartsWith(column, StringComparison.Ordinal) && char.IsDigit(c.Key[column.Length]) && Text(c.Key) == text)
            .Select(c => int.Parse(c.Key[column.Length..], System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Min();
}
