using ParPlan.Core.Documents.Decree30;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit.Abstractions;

namespace ParPlan.Core.Tests.Documents.Decree30;

/// <summary>
/// Report and plan DOCX printed to PDF by LibreOffice: page count, no number on page 1, a centred number at the top of
/// page 2, and the header text. These tests fail (they do not skip) when LibreOffice is missing: CI installs it.
/// </summary>
public class Decree30PdfTests(ITestOutputHelper output)
{
    [Fact]
    public void Without_libreoffice_the_converter_answers_with_a_vietnamese_sentence_not_an_exception()
    {
        var converter = new LibreOfficePdfConverter(Path.Combine(Path.GetTempPath(), "khong-co-libreoffice", "soffice"));

        var result = converter.Convert([1, 2, 3]);

        Assert.False(result.Succeeded);
        Assert.Null(result.Pdf);
        Assert.StartsWith("Máy chủ chưa cài LibreOffice", result.Problem);
        Assert.Contains("DOCX", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_printed_to_pdf_has_its_pages_a_header_on_page_one_without_a_number_and_numbers_from_page_two()
    {
        using var pdf = Print(Decree30Writer.Write(Decree30Samples.Report()));
        var pages = pdf.GetPages().ToList();
        output.WriteLine($"report: {pages.Count} pages; " + string.Join(" | ", pages.Select(p => $"{p.Width:0}x{p.Height:0} top '{TopLine(p)}'")));

        Assert.Equal(3, pages.Count);
        var first = Text(pages[0]);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", first, StringComparison.Ordinal);
        Assert.Contains("Số: 05/BC-UBND", first, StringComparison.Ordinal);
        Assert.Contains("Vĩnh Chấp, ngày 06 tháng 3 năm 2026", first, StringComparison.Ordinal);
        Assert.Equal("UBND HUYỆN VĨNH LINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TopLine(pages[0]));
        Assert.DoesNotMatch(@"^\d+$", TopLine(pages[0]));
        AssertNumberedAtTop(pages[1], 2);
        Assert.True(pages[^1].Width > pages[^1].Height, "the annex is on a landscape page");
        AssertNumberedAtTop(pages[^1], pages.Count);
        Assert.Contains("Phụ lục", Text(pages[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_printed_to_pdf_keeps_page_one_unnumbered_and_its_task_annex_on_landscape_pages()
    {
        using var pdf = Print(Decree30Samples.PlanDocx(Decree30Samples.Gold("002_82c4b63d1339515c")));
        var pages = pdf.GetPages().ToList();
        output.WriteLine($"plan: {pages.Count} pages; " + string.Join(" | ", pages.Select(p => $"{p.Width:0}x{p.Height:0} top '{TopLine(p)}'")));

        Assert.InRange(pages.Count, 5, 12);
        Assert.True(pages[0].Height > pages[0].Width);
        Assert.StartsWith("ỦY BAN NHÂN DÂN", TopLine(pages[0]));
        Assert.EndsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TopLine(pages[0]));
        Assert.Contains("Số: /KH-UBND", Text(pages[0]), StringComparison.Ordinal);
        var annex = pages.FindIndex(p => p.Width > p.Height);
        Assert.True(annex >= 1, "the task table starts on a landscape page after the body");
        Assert.All(pages.Skip(annex), p => Assert.True(p.Width > p.Height));
        for (var i = 1; i < pages.Count; i++)
        {
            AssertNumberedAtTop(pages[i], i + 1);
        }
    }

    private static void AssertNumberedAtTop(Page page, int number)
    {
        var top = page.GetWords().OrderByDescending(w => w.BoundingBox.Top).First();
        Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), top.Text);
        Assert.InRange((top.BoundingBox.Left + top.BoundingBox.Right) / 2, page.Width / 2 - 60, page.Width / 2 + 60);
        Assert.True(top.BoundingBox.Bottom > page.Height - 25 * 72 / 25.4, "the number sits in the top margin");
    }

    private static string TopLine(Page page)
    {
        var words = page.GetWords().ToList();
        var top = words.Max(w => w.BoundingBox.Top);
        return string.Join(' ', words.Where(w => Math.Abs(w.BoundingBox.Top - top) < 3).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
    }

    private static string Text(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    private static PdfDocument Print(byte[] docx)
    {
        var converter = new LibreOfficePdfConverter();
        var result = converter.Convert(docx);
        Assert.True(result.Succeeded, result.Problem);
        return PdfDocument.Open(result.Pdf!);
    }
}
