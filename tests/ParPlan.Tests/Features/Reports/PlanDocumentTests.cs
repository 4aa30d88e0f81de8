using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Features.Demo;
using ParPlan.Features.Reports.Documents;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Reports;

/// <summary><c>GET /api/plans/{id}/document</c>: the stored plan as a Decree 30 DOCX (read back here), or its PDF; scoped
/// like the plan itself.</summary>
public sealed class PlanDocumentTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    private async Task<(Guid Id, JsonElement Plan)> ProvincePlanAsync(HttpClient client, string government = "QT")
    {
        var province = await demo.UnitAsync(government);
        var plans = await client.GetFromJsonAsync<JsonElement>("/api/plans");
        var id = plans.EnumerateArray().First(p => p.GetProperty("governmentId").GetGuid() == province).GetProperty("id").GetGuid();
        return (id, await client.GetFromJsonAsync<JsonElement>($"/api/plans/{id}"));
    }

    [Fact]
    public async Task The_plan_s_docx_has_the_decree_30_header_its_number_and_every_task_in_the_landscape_annex()
    {
        using var client = await demo.App.LoginAsync("thuongtruc.tinh", DemoUsers.Password);
        var (id, plan) = await ProvincePlanAsync(client);

        var response = await client.GetAsync(PlanDocumentEndpoints.PathOf(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PlanDocumentEndpoints.DocxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ke-hoach-15-KH-UBND.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var docx = WordprocessingDocument.Open(stream, false);
        var body = docx.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", paragraphs);
        Assert.Contains("Số: 15/KH-UBND", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Quảng Trị, ngày 10 tháng 01 năm ", StringComparison.Ordinal));
        Assert.Contains("KẾ HOẠCH", paragraphs);
        Assert.Contains("Phụ lục", paragraphs);
        var annexTable = body.Elements<Table>().Last();
        var cells = annexTable.Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/hoàn thành"], annexTable.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        foreach (var task in plan.GetProperty("tasks").EnumerateArray())
        {
            Assert.Contains(task.GetProperty("title").GetString()!, cells);
        }

        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(PageOrientationValues.Landscape, sections[^1].GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.NotNull(sections[0].GetFirstChild<TitlePage>());
    }

    [Fact]
    public async Task A_neighbouring_commune_s_plan_is_not_found_as_its_plan_is_not_and_an_unknown_format_is_refused_in_vietnamese()
    {
        using var province = await demo.App.LoginAsync("thuongtruc.tinh", DemoUsers.Password);
        using var commune = await demo.App.LoginAsync("thuongtruc.vinhlinh", DemoUsers.Password);
        var (id, _) = await ProvincePlanAsync(province);
        var (neighbour, _) = await ProvincePlanAsync(province, "QT.XA.VINHTHUY");

        var hidden = await commune.GetAsync(PlanDocumentEndpoints.PathOf(neighbour));
        var plan = await commune.GetAsync($"/api/plans/{neighbour}");
        var odd = await province.GetAsync(PlanDocumentEndpoints.PathOf(id, "odt"));

        Assert.Equal(HttpStatusCode.NotFound, plan.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, odd.StatusCode);
        Assert.Contains("chọn format=docx (Word) hoặc format=pdf", (await odd.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_libreoffice_the_pdf_is_a_plain_vietnamese_503_and_never_a_500()
    {
        using var province = await demo.App.LoginAsync("thuongtruc.tinh", DemoUsers.Password);
        var (id, _) = await ProvincePlanAsync(province);
        await using var missing = demo.App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton(new LibreOfficePdfConverter(Path.Combine(Path.GetTempPath(), "khong-co-libreoffice", "soffice")))));
        using var client = missing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/login", new { userName = "thuongtruc.tinh", password = DemoUsers.Password })).StatusCode);

        var response = await client.GetAsync(PlanDocumentEndpoints.PathOf(id, "pdf"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Chưa xuất được tệp PDF", problem.GetProperty("title").GetString());
        Assert.Equal(LibreOfficePdfConverter.Missing, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task With_libreoffice_the_pdf_downloads_and_the_plan_page_links_both_files()
    {
        using var client = await demo.App.LoginAsync("thuongtruc.tinh", DemoUsers.Password);
        var (id, _) = await ProvincePlanAsync(client);

        var page = await client.GetStringAsync($"/ke-hoach/{id}");
        var response = await client.GetAsync(PlanDocumentEndpoints.PathOf(id, "pdf"));

        Assert.Contains($"href=\"/api/plans/{id}/document?format=docx\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/plans/{id}/document?format=pdf\"", page, StringComparison.Ordinal);
        Assert.Contains("Tải văn bản (Word)", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync(), 0, 4), StringComparison.Ordinal);
    }
}
