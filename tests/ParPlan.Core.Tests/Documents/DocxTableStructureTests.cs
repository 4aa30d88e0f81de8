using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Documents;

/// <summary>Word table structure the importer must see through: a TT column numbered by a Word list, rows that skip grid columns.</summary>
public class DocxTableStructureTests
{
    [Fact]
    public void A_TT_column_numbered_by_a_word_list_numbers_the_tasks()
    {
        var plan = PlanParser.Parse(DocumentReader.Read(Build(listNumbers: true, gridBefore: false), "plan.docx"));

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Nội vụ"], plan.Tasks[0].Lead);
        Assert.Equal(["Văn phòng HĐND và UBND"], plan.Tasks[1].Lead);
    }

    [Fact]
    public void A_row_that_skips_grid_columns_keeps_its_cells_under_their_headers()
    {
        var plan = PlanParser.Parse(DocumentReader.Read(Build(listNumbers: false, gridBefore: true), "plan.docx"));

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(["Tổ chức hội nghị"], task.Activities);
        Assert.Equal(["Phòng Nội vụ", "Văn phòng HĐND và UBND"], task.Lead);
        Assert.Equal([new DateOnly(2025, 3, 31), new DateOnly(2025, 12, 31)], task.Schedule.Occurrences!.Select(o => o.Due!.Value));
    }

    private static byte[] Build(bool listNumbers, bool gridBefore)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            if (listNumbers)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering(
                    new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." })
                    { LevelIndex = 0 }) { AbstractNumberId = 0 },
                    new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            }

            foreach (var line in new[] { "ỦY BAN NHÂN DÂN", "HUYỆN AN BÌNH", "Số: 15/KH-UBND", "An Bình, ngày 10 tháng 01 năm 2025", "KẾ HOẠCH", "Cải cách hành chính năm 2025" })
            {
                body.Append(Para(line));
            }

            var table = new Table(new TableGrid(Enumerable.Range(0, 6).Select(_ => new GridColumn { Width = "1500" })));
            table.Append(Row(false, Cell("STT"), Cell("Nhiệm vụ"), Cell("Chủ trì"), Cell("Phối hợp"), Cell("Thời gian"), Cell("Ghi chú")));
            table.Append(Row(false, new TableCell(new TableCellProperties(new GridSpan { Val = 6 }), Para("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"))));
            table.Append(Row(false, Number(listNumbers, "1"), Cell("Ban hành kế hoạch"), Cell("Phòng Nội vụ"), Cell("Các phòng"), Cell("Quý I/2025"), Cell("")));
            if (gridBefore)
            {
                // A sub-row that leaves out the TT column (w:gridBefore): its cells stay under their own headers.
                table.Append(Row(true, Cell("Tổ chức hội nghị"), Cell("Văn phòng HĐND và UBND"), Cell("Các phòng"), Cell("Năm 2025"), Cell("")));
            }
            else
            {
                table.Append(Row(false, Number(listNumbers, "2"), Cell("Kiểm tra CCHC"), Cell("Văn phòng HĐND và UBND"), Cell("Các phòng"), Cell("Năm 2025"), Cell("")));
            }

            body.Append(table);
            body.Append(Para("Nơi nhận:"));
        }

        return stream.ToArray();
    }

    private static TableRow Row(bool gridBefore, params TableCell[] cells)
    {
        var row = new TableRow();
        if (gridBefore)
        {
            row.Append(new TableRowProperties(new GridBefore { Val = 1 }));
        }

        row.Append(cells);
        return row;
    }

    private static TableCell Number(bool list, string number) => list
        ? new TableCell(new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }))))
        : Cell(number);

    private static TableCell Cell(string text) => new(text.Length == 0 ? new Paragraph() : Para(text));

    private static Paragraph Para(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
