using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Tasks.Pages;

public sealed class TaskReportFormTests
{
    private static byte[] Pdf() => "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    private static MultipartFormDataContent Form(string page, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.Token(page)), "__RequestVerificationToken" },
            { new StringContent("progress"), "_handler" },
            { new StringContent(PageForms.Version(page)), "Progress.Version" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    [Fact]
    public async Task The_task_page_has_one_form_with_one_submit_for_progress_and_evidence()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);

        var page = await officer.GetStringAsync($"/nhiem-vu/{s.TaskA}");

        Assert.Equal(1, PageForms.Count(page, "name=\"_handler\""));
        var form = page[page.LastIndexOf("<form", page.IndexOf("name=\"_handler\"", StringComparison.Ordinal), StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        Assert.Equal(1, PageForms.Count(form, "type=\"submit\""));
        Assert.Contains("multipart/form-data", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Progress.Status\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Progress.DocumentNumber\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"file\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Tải lên minh chứng", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_submit_records_the_progress_and_the_evidence_file_and_says_so_once()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        var page = await officer.GetStringAsync($"/nhiem-vu/{s.TaskA}");
        var form = Form(page, ("Progress.Status", "in-progress"), ("Progress.Percent", "60"), ("Progress.Note", "Đã trình dự thảo"),
            ("Progress.DocumentNumber", "03/KH-VHXH"), ("Progress.DocumentDate", "12/01/2026"));
        var file = new ByteArrayContent(Pdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "ke-hoach.pdf");

        var posted = await officer.PostAsync($"/nhiem-vu/{s.TaskA}", form);
        var next = PageForms.Text(await officer.GetStringAsync(posted.Headers.Location!.OriginalString));
        var detail = JsonDocument.Parse(await officer.GetStringAsync($"/api/tasks/{s.TaskA}")).RootElement;

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Đã ghi nhận tiến độ và minh chứng.", next, StringComparison.Ordinal);
        Assert.Equal("in-progress", detail.GetProperty("status").GetString());
        Assert.Equal(60, detail.GetProperty("percent").GetInt32());
        var evidence = Assert.Single(detail.GetProperty("evidence").EnumerateArray());
        Assert.Equal("03/KH-VHXH", evidence.GetProperty("documentNumber").GetString());
        Assert.Equal("ke-hoach.pdf", evidence.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Evidence_with_neither_file_nor_link_refuses_the_whole_form_and_keeps_the_progress_unsaved()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        var page = await officer.GetStringAsync($"/nhiem-vu/{s.TaskA}");

        var posted = await officer.PostAsync($"/nhiem-vu/{s.TaskA}", Form(page, ("Progress.Status", "in-progress"), ("Progress.Percent", "50"),
            ("Progress.Note", "Ghi chú giữ lại"), ("Progress.DocumentNumber", "04/KH-VHXH")));
        var answer = PageForms.Text(await posted.Content.ReadAsStringAsync());
        var detail = JsonDocument.Parse(await officer.GetStringAsync($"/api/tasks/{s.TaskA}")).RootElement;

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Chọn tệp minh chứng hoặc nhập đường dẫn.", answer, StringComparison.Ordinal);
        Assert.Contains("Ghi chú giữ lại", answer, StringComparison.Ordinal);
        Assert.Equal("not-started", detail.GetProperty("status").GetString());
        Assert.Empty(detail.GetProperty("progress").EnumerateArray());
        Assert.Empty(detail.GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public async Task A_link_alone_with_the_status_unchanged_adds_evidence_without_a_new_progress_entry()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        var page = await officer.GetStringAsync($"/nhiem-vu/{s.TaskA}");

        var posted = await officer.PostAsync($"/nhiem-vu/{s.TaskA}", Form(page, ("Progress.Status", "not-started"), ("Progress.Percent", "0"),
            ("Progress.Link", "https://vanban.example.vn/03-kh"), ("Progress.Title", "Kế hoạch tuyên truyền")));
        var next = PageForms.Text(await officer.GetStringAsync(posted.Headers.Location!.OriginalString));
        var detail = JsonDocument.Parse(await officer.GetStringAsync($"/api/tasks/{s.TaskA}")).RootElement;

        Assert.Contains("Đã thêm minh chứng.", next, StringComparison.Ordinal);
        Assert.Empty(detail.GetProperty("progress").EnumerateArray());
        Assert.Equal("Kế hoạch tuyên truyền", Assert.Single(detail.GetProperty("evidence").EnumerateArray()).GetProperty("title").GetString());
    }
}
