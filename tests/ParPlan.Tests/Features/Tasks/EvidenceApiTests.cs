using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Tasks;

public sealed class EvidenceApiTests
{
    private static MultipartFormDataContent Form(byte[] bytes, string fileName, string? number = "15/KH-UBND", string? date = "20/01/2026")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        if (number is not null) form.Add(new StringContent(number), "documentNumber");
        if (date is not null) form.Add(new StringContent(date), "documentDate");
        return form;
    }

    private static byte[] Pdf() => "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    private static byte[] Docx()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
        }

        return ms.ToArray();
    }

    [Fact]
    public async Task A_pdf_or_docx_with_its_document_number_is_stored_and_can_be_downloaded_by_the_unit()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);

        var pdf = await client.PostAsync($"/api/tasks/{s.TaskA}/evidence", Form(Pdf(), "ke-hoach.pdf"));
        var docx = await client.PostAsync($"/api/tasks/{s.TaskA}/evidence", Form(Docx(), "bao-cao.docx"));

        Assert.Equal(HttpStatusCode.Created, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.Created, docx.StatusCode);
        var download = await client.GetAsync(pdf.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var detail = await client.GetStringAsync($"/api/tasks/{s.TaskA}");
        Assert.Contains("15/KH-UBND", detail, StringComparison.Ordinal);
        Assert.Contains("2026-01-20", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_whose_content_is_not_an_accepted_type_is_refused_whatever_its_name()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);

        var fake = await client.PostAsync($"/api/tasks/{s.TaskA}/evidence", Form("MZ\u0090\0 not a pdf"u8.ToArray(), "bao-cao.pdf"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, fake.StatusCode);
        Assert.Contains("Chỉ nhận tệp PDF", await fake.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_413_with_a_vietnamese_message()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["Evidence:MaxBytes"] = "1024" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);
        var big = Pdf().Concat(new byte[2048]).ToArray();

        var response = await client.PostAsync($"/api/tasks/{s.TaskA}/evidence", Form(big, "lon.pdf"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("không được vượt quá", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_communes_officer_cannot_attach_evidence_or_download_it()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var owner = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var other = await app.LoginAsync(RunPlanScenario.OfficerB);
        var stored = await owner.PostAsync($"/api/tasks/{s.TaskA}/evidence", Form(Pdf(), "a.pdf"));

        var attach = await other.PostAsync($"/api/tasks/{s.TaskA}/evidence", Form(Pdf(), "b.pdf"));
        var download = await other.GetAsync(stored.Headers.Location);

        Assert.Equal(HttpStatusCode.NotFound, attach.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }
}
