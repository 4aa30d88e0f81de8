using Microsoft.Playwright;

namespace ParPlan.E2E;

/// <summary>The task page's one form (progress and evidence, one submit) and the dashboard on a phone, both with
/// JavaScript off: the pages are server-rendered forms and SVG.</summary>
public sealed class TaskReportAndDashboardTests(ShellFixture app) : IClassFixture<ShellFixture>
{
    private const int Phone = 390;

    [Fact]
    public async Task Without_javascript_a_unit_officer_reports_progress_with_an_evidence_file_in_one_submit()
    {
        var page = await app.SignInAsync("donvi.vinhthuy.vhxh", 1280, javaScript: false);
        await page.GotoAsync(app.Url("/nhiem-vu"));
        var first = page.Locator(".pp-my-tasks tbody tr a").First;
        await first.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/nhiem-vu/[0-9a-f-]{36}$"));
        Assert.Equal(1, await page.Locator("form.pp-report button[type=submit]").CountAsync());

        await page.SelectOptionAsync("select[name='Progress.Status']", "in-progress");
        await page.FillAsync("input[name='Progress.Percent']", "30");
        await page.FillAsync("textarea[name='Progress.Note']", "Đã ban hành kế hoạch của phòng");
        await page.FillAsync("input[name='Progress.DocumentNumber']", "07/KH-VHXH");
        await page.FillAsync("input[name='Progress.DocumentDate']", "05/02/2026");
        await page.SetInputFilesAsync("input[name=file]", new FilePayload
        {
            Name = "ke-hoach-phong.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã ghi nhận tiến độ và minh chứng.");
        await Assertions.Expect(page.Locator(".pp-evidence")).ToContainTextAsync("07/KH-VHXH");
        await Assertions.Expect(page.Locator(".pp-progress")).ToContainTextAsync("Đã ban hành kế hoạch của phòng");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_dashboard_fits_a_phone_with_its_charts_drawn_and_their_legends_shown()
    {
        var page = await app.SignInAsync("thuongtruc.tinh", Phone, 844, javaScript: false);
        await page.GotoAsync(app.Url("/bang-dieu-khien"));

        var charts = page.Locator(".pp-chart svg");
        Assert.True(await charts.CountAsync() >= 2, "the bar charts and the donut are drawn on the server");
        await Assertions.Expect(charts.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".pp-legend").First).ToContainTextAsync("Quá hạn");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth, "
            + "Math.ceil(Math.max(...[...document.querySelectorAll('.pp-chart')].map(c => c.getBoundingClientRect().right)))]");
        Assert.True(widths[0] <= widths[1], $"page {widths[0]} px on a {widths[1]} px screen");
        Assert.True(widths[2] <= widths[1], $"a chart ends at {widths[2]} px on a {widths[1]} px screen");

        await page.SelectOptionAsync("select[name=ky]", new SelectOptionValue { Label = "Năm 2026" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("ky=2026$"));
        await page.Context.CloseAsync();
    }
}
