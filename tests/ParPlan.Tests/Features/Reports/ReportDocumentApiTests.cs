using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Tests.Features.Tasks;
using static ParPlan.Tests.Features.Reports.ReportApi;

namespace ParPlan.Tests.Features.Reports;

/// <summary><c>GET /api/reports/{id}/document</c>: the report as a Decree 30 DOCX and its annex as XLSX, read back; PDF
/// without LibreOffice is a plain Vietnamese answer, never a 500.</summary>
public sealed class ReportDocumentApiTests
{
    [Fact]
    public async Task A_communes_report_downloads_as_a_decree_30_docx_with_its_edited_text_and_its_annex_as_xlsx()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        await DueInQ3Async(s, s.TaskA);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        var id = await StartAsync(officer, s.CommuneA, CommuneQ3(s));
        var edit = await officer.PutAsJsonAsync($"/api/reports/{id}/sections/V", new { text = "Đề nghị tỉnh bố trí kinh phí số hóa.", version = await VersionAsync(officer, id) });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        var docx = await officer.GetAsync($"/api/reports/{id}/document?format=docx");
        var xlsx = await officer.GetAsync($"/api/reports/{id}/document?format=xlsx");
        var wrong = await officer.GetAsync($"/api/reports/{id}/document?format=odt");

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(ParPlan.Features.Reports.ReportDocuments.Docx, docx.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".docx", docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Contains("ỦY BAN NHÂN DÂN XÃ AN BÌNH", paragraphs);
            Assert.Contains("Số:      /BC-UBND", paragraphs);
            Assert.Contains("BÁO CÁO", paragraphs);
            Assert.Contains($"Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm {s.Today.Year}", paragraphs);
            Assert.Contains(paragraphs, p => p.StartsWith("Đề nghị tỉnh bố trí kinh phí số hóa.", StringComparison.Ordinal));
            Assert.Contains(paragraphs, p => p.Contains("1 nhiệm vụ quá hạn", StringComparison.Ordinal));
            Assert.Contains("Phụ lục I", paragraphs);
            Assert.Contains("Phụ lục II", paragraphs);
            Assert.Contains("- Ủy ban nhân dân tỉnh Thử (báo cáo);", paragraphs);
        }

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = (await xlsx.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var total = rows.Single(r => Convert.ToString(r["Lĩnh vực"], System.Globalization.CultureInfo.InvariantCulture) == "Tổng cộng");
        Assert.Equal("1", Convert.ToString(total["Tổng số nhiệm vụ"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1", Convert.ToString(total["Quá hạn"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    [Fact]
    public async Task Without_libreoffice_the_pdf_is_a_plain_vietnamese_answer_and_not_a_server_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "khong-co-libreoffice-" + Guid.NewGuid().ToString("N"), "soffice");
        await using var factory = new ParPlanFactory();
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton(new LibreOfficePdfConverter(missing))));
        var s = await RunPlanScenario.CreateAsync(factory);
        using var officer = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/api/auth/login", new { userName = RunPlanScenario.OfficerA, password = ParPlanFactory.Password })).StatusCode);
        var id = await StartAsync(officer, s.CommuneA, CommuneQ3(s));

        var pdf = await officer.GetAsync($"/api/reports/{id}/document?format=pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType?.MediaType);
        var problem = await Json(pdf);
        Assert.Equal(LibreOfficePdfConverter.Missing, problem.GetProperty("detail").GetString());
        Assert.Equal("Chưa xuất được tệp PDF", problem.GetProperty("title").GetString());
    }
}
