using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// A small Word document for table tests: paragraphs, then one table written as rows of cell strings.
/// "^" continues the cell above (vMerge; the cell above starts the merge), "&lt;" is covered by the cell to its left
/// (gridSpan), and "\n" separates a cell's paragraphs.
/// </summary>
public static class WordTables
{
    public static byte[] Docx(IEnumerable<string> paragraphs, params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            doc.AddMainDocumentPart().Document = new Document(body);
            foreach (var p in paragraphs)
            {
                body.Append(Para(p));
            }

            var width = rows.Max(r => r.Length);
            var table = new Table(new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = "1500" })));
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new TableRow();
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var text = rows[r][c];
                    if (text == "<")
                    {
                        continue;
                    }

                    var props = new TableCellProperties();
                    var span = 1;
                    while (c + span < rows[r].Length && rows[r][c + span] == "<")
                    {
                        span++;
                    }

                    if (span > 1)
                    {
                        props.Append(new GridSpan { Val = span });
                    }

                    var below = r + 1 < rows.Length && c < rows[r + 1].Length && rows[r + 1][c] == "^";
                    if (text == "^")
                    {
                        props.Append(new VerticalMerge());
                    }
                    else if (below)
                    {
                        props.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                    }

                    var cell = new TableCell(props);
                    var lines = text == "^" ? [] : text.Split('\n').Where(l => l.Length > 0).ToList();
                    cell.Append(lines.Count == 0 ? [new Paragraph()] : lines.Select(Para));
                    row.Append(cell);
                }

                table.Append(row);
            }

            body.Append(table);
            body.Append(Para("Nơi nhận:"));
        }

        return stream.ToArray();
    }

    public static readonly string[] Opening =
    [
        "ỦY BAN NHÂN DÂN", "HUYỆN AN BÌNH", "Số: 15/KH-UBND", "An Bình, ngày 10 tháng 01 năm 2025", "KẾ HOẠCH",
        "Cải cách hành chính năm 2025", "III. NHIỆM VỤ CỤ THỂ",
    ];

    private static Paragraph Para(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
