using Microsoft.Playwright;

namespace ParPlan.E2E;

public sealed class RunPlanTests
{
    private static async Task LoginAsync(IPage page, Uri baseUri, string user)
    {
        await page.GotoAsync(new Uri(baseUri, "/dang-nhap").ToString());
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", RunPlanApp.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Uri(baseUri, "/").ToString());
    }

    [Fact]
    public async Task A_commune_officer_reports_progress_with_evidence_the_dashboard_reflects_it_and_the_overdue_list_follows_the_clock()
    {
        await using var app = new RunPlanApp();
        var baseUri = await app.StartAsync();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var officer = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN" });

        // The officer sees only their commune's task.
        await LoginAsync(officer, baseUri, "canbo.xa.a");
        await officer.GotoAsync(new Uri(baseUri, "/nhiem-vu").ToString());
        var rows = officer.Locator(".pp-my-tasks tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("xã An Bình");

        // Evidence upload, then progress.
        await rows.First.GetByRole(AriaRole.Link).ClickAsync();
        await officer.WaitForURLAsync(new Uri(baseUri, $"/nhiem-vu/{app.TaskA}").ToString());
        await officer.FillAsync("input[name='Upload.DocumentNumber']", "15/KH-UBND");
        await officer.FillAsync("input[name='Upload.DocumentDate']", "20/01/2026");
        await officer.SetInputFilesAsync("input[name=file]", new FilePayload
        {
            Name = "ke-hoach.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray(),
        });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tải lên minh chứng" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".pp-evidence")).ToContainTextAsync("15/KH-UBND");
        await officer.SelectOptionAsync("select[name='Progress.Status']", "in-progress");
        await officer.FillAsync("input[name='Progress.Percent']", "50");
        await officer.FillAsync("textarea[name='Progress.Note']", "Đã dự thảo kế hoạch");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Gửi tiến độ" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".pp-status")).ToHaveTextAsync("Đang thực hiện");

        // The standing officer's dashboard counts it.
        var standing = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN" });
        await LoginAsync(standing, baseUri, "thuongtruc");
        await standing.GotoAsync(new Uri(baseUri, "/bang-dieu-khien").ToString());
        await Assertions.Expect(standing.Locator("[data-count=inProgress]")).ToHaveTextAsync("1");
        await Assertions.Expect(standing.Locator("[data-count=overdue]")).ToHaveTextAsync("0");
        await standing.GotoAsync(new Uri(baseUri, "/theo-doi").ToString());
        await Assertions.Expect(standing.Locator("#qua-han tbody tr")).ToHaveCountAsync(0);

        // Three days later the task is overdue.
        app.Time.Advance(TimeSpan.FromDays(3));
        await LoginAsync(standing, baseUri, "thuongtruc");
        await standing.GotoAsync(new Uri(baseUri, "/theo-doi").ToString());
        await Assertions.Expect(standing.Locator("#qua-han tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(standing.Locator("#qua-han")).ToContainTextAsync("xã An Bình");
    }
}
