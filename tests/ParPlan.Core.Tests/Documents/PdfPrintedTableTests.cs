using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ParPlan.Core.Tests.Documents;

/// <summary>
/// What a plan table printed from Word looks like in its PDF: a merged TT and objective cell centred over its sub-rows,
/// a Roman numeral or a date that a narrow column broke inside itself, glyphs of one word a fraction of a point apart.
/// </summary>
public class PdfPrintedTableTests
{
    // Columns of a five-column framework: TT | Mục tiêu | Nhiệm vụ | Chủ trì | Thời gian.
    private static readonly double[] Xs = [40, 70, 190, 330, 450, 560];

    [Fact]
    public void A_merged_tt_and_objective_cell_centred_over_its_sub_rows_numbers_the_first_sub_row()
    {
        var plan = PlanParser.Parse(DocumentReader.Read(Framework(), "plan.pdf"));

        var task = Assert.Single(plan.Tasks);
        Assert.Equal("3.1", task.Ref);
        Assert.Equal("Ra soat thu tuc hanh chinh", task.Title);
        Assert.Equal("Nang cao chat luong", task.Objective);
        Assert.Equal(["Phong Tai chinh", "Thanh tra"], task.Lead);
        Assert.Equal(ScheduleKind.Multi, task.Schedule.Kind);
        Assert.Equal([new DateOnly(2027, 3, 31), new DateOnly(2027, 9, 30)], task.Schedule.Occurrences!.Select(o => o.Due!.Value));
    }

    [Fact]
    public void Glyphs_of_one_date_a_fraction_of_a_point_apart_read_as_one_word()
    {
        var source = DocumentReader.Read(Framework(), "plan.pdf");

        Assert.Contains("Truoc ngay 15/01/2027", source.AllLines());
    }

    [Fact]
    public void An_opening_printed_as_two_blocks_side_by_side_reads_one_block_after_the_other()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        string[] left = ["UY BAN NHAN DAN", "HUYEN SONG MAY", "So: 12/KH-UBND"];
        string[] right = ["CONG HOA XA HOI CHU NGHIA VIET", "NAM", "Doc lap - Tu do - Hanh phuc"];
        for (var i = 0; i < 3; i++)
        {
            page.AddText(left[i], 12, new PdfPoint(60, 800 - (16 * i)), font);
            page.AddText(right[i], 12, new PdfPoint(300, 800 - (16 * i)), font);
        }

        page.AddText("KE HOACH", 12, new PdfPoint(260, 730), font);

        var lines = DocumentReader.Read(builder.Build(), "plan.pdf").AllLines().ToList();

        Assert.Equal([.. left, .. right, "KE HOACH"], lines);
    }

    [Theory]
    [InlineData("Thườn", "g", "Thường")]
    [InlineData("phò-", "ng", "phòng")]
    [InlineData("CHÍN", "H", "CHÍNH")]
    [InlineData("II", "I", "III")]
    [InlineData("V", "II", "VII")]
    public void A_word_a_narrow_column_broke_inside_itself_is_joined_back(string left, string right, string whole) =>
        Assert.Equal(whole, BrokenWords.Join(left, right));

    [Theory]
    [InlineData("Thường", "xuyên")]
    [InlineData("Văn", "phòng")]
    [InlineData("HĐND", "và")]
    [InlineData("Kinh tế-", "xã")]
    [InlineData("Phòng", "Nội")]
    public void Two_whole_words_are_not_joined(string left, string right) => Assert.Null(BrokenWords.Join(left, right));

    [Fact]
    public void A_date_broken_over_two_lines_is_one_date_again_and_whole_numbers_stay_apart()
    {
        Assert.Equal(["Trước ngày 15/01/2027"], BrokenNumbers.Rejoin(["Trước ngày 15/01/2", "027"]));
        Assert.Equal(["Quý III/2027", "hằng tháng"], BrokenNumbers.Rejoin(["Quý III/202", "7 hằng tháng"]));
        Assert.Equal(["Trước ngày 30/06/2027"], BrokenNumbers.Rejoin(["Trước ngày 30", "/06/202", "7"]));
        Assert.Equal(["Năm 2027", "2 lần"], BrokenNumbers.Rejoin(["Năm 2027", "2 lần"]));
    }

    [Fact]
    public void A_small_table_nested_in_a_cell_is_read_as_that_cells_text_and_leaves_the_row_whole()
    {
        double[] xs = [40, 70, 300, 430, 560];
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("KE HOACH", 12, new PdfPoint(260, 810), font);
        foreach (var y in new[] { 780.0, 760, 700, 640 })
        {
            page.DrawLine(new PdfPoint(xs[0], y), new PdfPoint(xs[^1], y), 0.5);
        }

        foreach (var x in xs)
        {
            page.DrawLine(new PdfPoint(x, 780), new PdfPoint(x, 640), 0.5);
        }

        // A two-cell box inside the second row's task cell, clear of the cell's borders.
        page.DrawRectangle(new PdfPoint(80, 648), 200, 24, 0.5);
        page.DrawLine(new PdfPoint(180, 648), new PdfPoint(180, 672), 0.5);
        string[] header = ["TT", "Nhiem vu", "Chu tri", "Thoi gian"];
        for (var c = 0; c < 4; c++)
        {
            page.AddText(header[c], 10, new PdfPoint(xs[c] + 6, 768), font);
        }

        page.AddText("1", 10, new PdfPoint(xs[0] + 6, 730), font);
        page.AddText("Ra soat thu tuc hanh chinh", 10, new PdfPoint(xs[1] + 6, 730), font);
        page.AddText("Phong Tai chinh", 10, new PdfPoint(xs[2] + 6, 730), font);
        page.AddText("31/03/2027", 10, new PdfPoint(xs[3] + 6, 730), font);
        page.AddText("2", 10, new PdfPoint(xs[0] + 6, 685), font);
        page.AddText("Khao sat su hai long", 10, new PdfPoint(xs[1] + 6, 685), font);
        page.AddText("Phieu", 10, new PdfPoint(86, 656), font);
        page.AddText("01 ban", 10, new PdfPoint(186, 656), font);
        page.AddText("Van phong", 10, new PdfPoint(xs[2] + 6, 670), font);
        page.AddText("30/09/2027", 10, new PdfPoint(xs[3] + 6, 670), font);

        var plan = PlanParser.Parse(DocumentReader.Read(builder.Build(), "plan.pdf"));

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Van phong"], plan.Tasks[1].Lead);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[1].Schedule.Due);
        Assert.StartsWith("Khao sat su hai long", plan.Tasks[1].Title, StringComparison.Ordinal);
        Assert.Contains("01 ban", plan.Tasks[1].Title, StringComparison.Ordinal);
    }

    /// <summary>
    /// A framework table as Word prints it: the group's TT "III" broken over two lines in the narrow TT column, and one
    /// task over two sub-rows whose TT and objective cell is merged and centred, so its text sits in the second band
    /// (no rule divides the merged cell).
    /// </summary>
    private static byte[] Framework()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("KE HOACH", 12, new PdfPoint(260, 810), font);
        page.AddText("Cai cach hanh chinh nam 2027", 12, new PdfPoint(200, 795), font);

        foreach (var y in new[] { 780.0, 760, 735, 665 })
        {
            page.DrawLine(new PdfPoint(Xs[0], y), new PdfPoint(Xs[^1], y), 0.5);
        }

        page.DrawLine(new PdfPoint(Xs[2], 700), new PdfPoint(Xs[^1], 700), 0.5); // sub-rows divided right of the merged cell only
        foreach (var x in Xs)
        {
            var inner = x > Xs[1] && x < Xs[^1];
            page.DrawLine(new PdfPoint(x, 780), new PdfPoint(x, inner ? 760 : 665), 0.5);
            if (inner)
            {
                page.DrawLine(new PdfPoint(x, 735), new PdfPoint(x, 665), 0.5);
            }
        }

        Cell(page, font, 0, 768, "TT");
        Cell(page, font, 1, 768, "Muc tieu");
        Cell(page, font, 2, 768, "Nhiem vu");
        Cell(page, font, 3, 768, "Chu tri");
        Cell(page, font, 4, 768, "Thoi gian hoan thanh");

        page.AddText("II", 12, new PdfPoint(Xs[1] - 6 - 7, 750), font); // the numeral fills the narrow cell ...
        page.AddText("I", 12, new PdfPoint(Xs[0] + 12, 739), font);    // ... and its last letter wraps
        Cell(page, font, 1, 745, "CAI CACH THU TUC HANH CHINH");

        Cell(page, font, 0, 697, "1");
        Cell(page, font, 1, 697, "Nang cao chat luong");
        Cell(page, font, 2, 720, "Ra soat thu tuc hanh chinh");
        Cell(page, font, 3, 720, "Phong Tai chinh");
        Cell(page, font, 4, 720, "31/03/2027");
        Cell(page, font, 2, 685, "Kiem tra");
        Cell(page, font, 3, 685, "Thanh tra");
        Cell(page, font, 4, 685, "30/09/2027");
        var letters = page.AddText("Truoc ngay 15/01/20", 10, new PdfPoint(Xs[0], 640), font);
        page.AddText("27", 10, new PdfPoint(letters[^1].EndBaseLine.X, 640.4), font); // a fraction of a point higher
        return builder.Build();
    }

    private static void Cell(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, int column, double y, string text) =>
        page.AddText(text, 10, new PdfPoint(Xs[column] + 6, y), font);
}
