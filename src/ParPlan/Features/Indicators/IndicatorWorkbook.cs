using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParPlan.Core.Labels;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Indicators;

/// <summary>The board as an XLSX workbook for officers: one sheet "Chỉ số", a title row naming the government, the
/// period and the export date (dd/MM/yyyy), Vietnamese column names with widths, and numbers stored as numbers
/// (a target's comparator has its own column, so its value can be compared and summed); the survey's sector floors follow
/// the indicators, one row each.</summary>
public static class IndicatorWorkbook
{
    public const string SheetName = "Chỉ số";

    /// <summary>Column names and widths (in characters), in order.</summary>
    public static readonly IReadOnlyList<(string Name, double Width)> Columns =
    [
        ("Chỉ số", 60), ("Đơn vị tính", 12), ("Tử số", 12), ("Mẫu số", 12), ("Giá trị", 12),
        ("So sánh", 10), ("Chỉ tiêu", 12), ("Đánh giá", 16), ("Nguồn số liệu", 30),
    ];

    /// <summary>The title of the sheet: "Chỉ số cải cách hành chính – UBND tỉnh … – Quý III/2025 – ngày xuất 06/12/2026".</summary>
    public static string Title(Board board, DateOnly exportedOn) =>
        $"Chỉ số cải cách hành chính – {board.GovernmentName} – {board.Period.Label} – ngày xuất {DateText.Format(exportedOn)}";

    public static MemoryStream Write(Board board, DateOnly exportedOn)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, [Text(Title(board, exportedOn), Bold)]));
            data.Append(Row(2, Columns.Select(c => Text(c.Name, Bold)).ToArray()));
            uint index = 3;
            foreach (var r in board.Rows)
            {
                data.Append(Row(index++,
                [
                    Text(r.Name), Text(r.Unit), Number(r.Numerator), Number(r.Denominator), Number(r.Value),
                    Text(r.Target is { } t ? ComparatorLabels.Label(t.Comparator) : ""), Number(r.Target?.Value),
                    Text(AttainmentLabels.Label(r.Attainment.Status)), Text(r.FromDossiers ? "Hồ sơ một cửa" : r.ActualNote ?? "Nhập tay"),
                ]));
            }

            foreach (var f in board.SectorFloors)
            {
                data.Append(Row(index++,
                [
                    Text(f.Name), Text("%"), new Cell(), new Cell(), Number(f.Index), Text(ComparatorLabels.Label(">=")), Number(f.Floor),
                    Text(AttainmentLabels.Label(f.Status)), Text(f.Source ?? "Chưa có phiếu khảo sát"),
                ]));
            }

            var columns = new Columns(Columns.Select((c, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true,
            }));
            sheetPart.Worksheet = new Worksheet(columns, data, new MergeCells(new MergeCell { Reference = $"A1:{Letter(Columns.Count - 1)}1" }));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
            workbook.Workbook.Save();
        }

        stream.Position = 0;
        return stream;
    }

    private const uint Bold = 1;

    private static Row Row(uint index, Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++) cells[i].CellReference = Letter(i) + index;
        return new Row(cells) { RowIndex = index };
    }

    private static Cell Text(string text, uint style = 0) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    private static Cell Number(decimal? value) => value is { } v
        ? new Cell(new CellValue(v)) { DataType = CellValues.Number }
        : new Cell();

    private static Cell Number(long? value) => Number((decimal?)value);

    private static string Letter(int column) => ((char)('A' + column)).ToString();

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
