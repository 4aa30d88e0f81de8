using Microsoft.Playwright;

namespace ParPlan.E2E;

/// <summary>Issue 15's inspection on the demo data (docs/inspections.md): the province's standing officer lays down an
/// unscheduled inspection, visits xã Vĩnh Thủy on several topics at once and records a finding; the commune's officer
/// finds it on the home page and among its tasks. The pages fit a 390 px phone.</summary>
public sealed class InspectionBrowserTests
{
    private const string Password = "ParPlan@2026";

    // 09:00 on 15/09/2026 in Vietnam.
    private static readonly DateTimeOffset Now = new(2026, 9, 15, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_inspection_visits_a_commune_and_its_finding_reaches_the_communes_officer_as_a_task()
    {
        await using var app = new KestrelApp(Now);
        var baseUri = app.Start();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        string Url(string path) => new Uri(baseUri, path).ToString();

        // 1. The province lays down an unscheduled inspection; the demo's planned one is already listed.
        var province = await SignInAsync(browser, Url, "thuongtruc.tinh", 1280);
        await province.GotoAsync(Url("/kiem-tra"));
        await Assertions.Expect(province.Locator("#inspections-list")).ToContainTextAsync("Kiểm tra công tác cải cách hành chính năm 2026");
        await province.FillAsync("#inspection-title", "Kiểm tra đột xuất công tác một cửa xã Vĩnh Thủy");
        await province.SelectOptionAsync("#inspection-kind", "unscheduled");
        await province.FillAsync("#inspection-target", "");
        await province.ClickAsync("#inspection-create");
        await province.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/kiem-tra/[0-9a-f-]{36}$"));
        var planPath = new Uri(province.Url).AbsolutePath;
        await Assertions.Expect(province.Locator("#inspection-denominator")).ToContainTextAsync("cơ quan, đơn vị thuộc UBND tỉnh Quảng Trị");

        // 2. The team decision, then the visit on two topics at once.
        await province.FillAsync("#decision-number", "210/QĐ-UBND");
        await province.FillAsync("#decision-date", "10/09/2026");
        await province.ClickAsync("#decision-submit");
        await Assertions.Expect(province.Locator("#inspection-decision")).ToContainTextAsync("Quyết định số 210/QĐ-UBND ngày 10/09/2026");
        await province.SelectOptionAsync("#visit-unit", new SelectOptionValue { Label = "UBND xã Vĩnh Thủy" });
        await province.FillAsync("#visit-date", "14/09/2026");
        await province.CheckAsync("input[name='Visit.Topics[one-stop]']");
        await province.CheckAsync("input[name='Visit.Topics[public-finance]']");
        await province.ClickAsync("#visit-submit");
        await province.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/kiem-tra/dot/[0-9a-f-]{36}$"));
        await Assertions.Expect(province.Locator("#visit-topics")).ToContainTextAsync("Tài chính công; Cơ chế một cửa, một cửa liên thông");

        // 3. A finding, due in a month: it becomes the commune's remediation task.
        await province.FillAsync("#finding-text", "Chưa cập nhật đầy đủ sổ theo dõi hồ sơ tại bộ phận một cửa");
        await province.FillAsync("#finding-due", "15/10/2026");
        await province.ClickAsync("#finding-submit");
        await Assertions.Expect(province.Locator("#findings-list")).ToContainTextAsync("Chưa cập nhật đầy đủ sổ theo dõi hồ sơ");
        await Assertions.Expect(province.Locator("#findings-list")).ToContainTextAsync("Đang khắc phục");
        var visitUrl = province.Url;

        // 4. The commune's officer sees it on the home page and in its tasks, and opens the task.
        var commune = await SignInAsync(browser, Url, "thuongtruc.vinhthuy", 1280);
        await Assertions.Expect(commune.Locator("[data-testid=home-findings]")).ToContainTextAsync("Chưa cập nhật đầy đủ sổ theo dõi hồ sơ");
        await commune.GotoAsync(Url("/nhiem-vu"));
        await Assertions.Expect(commune.Locator("body")).ToContainTextAsync("Chưa cập nhật đầy đủ sổ theo dõi hồ sơ");
        await commune.GotoAsync(Url("/"));
        await commune.ClickAsync("[data-testid=home-finding] a >> nth=0");
        await commune.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/nhiem-vu/[0-9a-f-]{36}$"));
        await Assertions.Expect(commune.Locator("body")).ToContainTextAsync("Khắc phục tồn tại, hạn chế sau kiểm tra công tác CCHC");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (System.Net.HttpStatusCode)(await commune.GotoAsync(visitUrl))!.Status);

        // 5. On a 390 px phone the list, the plan and the visit fit the width, for the standing officer and the leader.
        foreach (var user in new[] { "thuongtruc.tinh", "lanhdao.tinh" })
        {
            var phone = await SignInAsync(browser, Url, user, 390);
            foreach (var path in new[] { "/kiem-tra", planPath, new Uri(visitUrl).AbsolutePath })
            {
                await phone.GotoAsync(Url(path));
                var overflow = await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
                Assert.False(overflow, $"{path} scrolls sideways at 390 px for {user}");
            }

            await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, $"inspection-visit-390-{user}.png"), FullPage = true });
        }
    }

    private static async Task<IPage> SignInAsync(IBrowser browser, Func<string, string> url, string userName, int width)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url("/dang-nhap"));
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url("/"));
        return page;
    }
}
