using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParPlan.Data;
using ParPlan.Features.Cascade.Pages;

namespace ParPlan.E2E;

/// <summary>Issue 15's cascade on the demo data (docs/cascade.md): the province cascades its plan to xã Vĩnh Linh and xã Cửa
/// Tùng; Vĩnh Linh builds its draft from the province's plan and issues it in time, Cửa Tùng misses the date and shows as
/// overdue; the province sees the coverage on the panel and its dashboard and marks a task not applicable to a commune.
/// Each page is also checked at 390 px: Vietnamese only, no sideways scroll, no serious axe violation.</summary>
public sealed partial class CascadeTests
{
    private const string Password = "ParPlan@2026";

    private const string Reason = "Xã Cửa Tùng chưa có Trung tâm Phục vụ hành chính công";

    // 09:00 on 05/03/2026 in Vietnam: the demo's own obligations (28/02) have passed; the new date is 16/03.
    private static readonly DateTimeOffset Start = new(2026, 3, 5, 2, 0, 0, TimeSpan.Zero);

    [GeneratedRegex("/ke-hoach/[0-9a-f-]{36}$")]
    private static partial Regex PlanUrl();

    [Fact]
    public async Task The_province_cascades_to_two_communes_one_issues_in_time_the_other_is_overdue_and_the_province_sees_coverage()
    {
        await using var app = new KestrelApp(Start);
        var baseUri = app.Start();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        string Url(string path) => new Uri(baseUri, path).ToString();
        var (units, plan) = await DemoAsync(app);
        var (vinhLinh, cuaTung) = (units["QT.XA.VINHLINH"], units["QT.XA.CUATUNG"]);
        var panel = Url(CascadePage.PathOf(plan));
        var failures = new List<string>();

        // 1. The province's standing officer gives xã Vĩnh Linh and xã Cửa Tùng until 16/03/2026 to issue their plans.
        var province = await SignInAsync(browser, Url, "thuongtruc.tinh");
        await province.GotoAsync(panel);
        var boxes = province.Locator("input[name^='Form.Picked[']");
        Assert.Equal(5, await boxes.CountAsync());
        foreach (var box in await boxes.AllAsync())
        {
            var name = await box.GetAttributeAsync("name");
            if (name != $"Form.Picked[{vinhLinh}]" && name != $"Form.Picked[{cuaTung}]")
            {
                await box.UncheckAsync();
            }
        }

        await province.FillAsync("#cascade-due", "16/03/2026");
        await province.ClickAsync("#cascade-submit");
        await Assertions.Expect(province.GetByTestId("flash")).ToContainTextAsync("Đã giao 2 địa phương xây dựng kế hoạch, hạn 16/03/2026");
        await Assertions.Expect(Row(province, vinhLinh)).ToHaveAttributeAsync("data-status", "pending");
        await Assertions.Expect(Row(province, cuaTung)).ToContainTextAsync("16/03/2026");
        await Assertions.Expect(Row(province, units["QT.XA.BENQUAN"])).ToHaveAttributeAsync("data-status", "overdue");

        // 2. xã Vĩnh Linh's standing officer reads the province's plan from below, builds its draft from it (five days
        //    earlier) and issues it on 05/03.
        var commune = await SignInAsync(browser, Url, "thuongtruc.vinhlinh");
        await commune.GotoAsync(Url("/ke-hoach/cap-tren"));
        await Assertions.Expect(commune.Locator("[data-status]").First).ToContainTextAsync("16/03/2026");
        await CheckPhoneAsync(browser, commune, failures, "cap-tren");
        await commune.ClickAsync($"a[href='{ChildPlanWizardPage.PathOf(plan)}']");
        await Assertions.Expect(commune.Locator("#child-mapping")).ToContainTextAsync("Sở Nội vụ");
        await CheckPhoneAsync(browser, commune, failures, "ke-hoach-con");
        await commune.FillAsync("#child-shift", "5");
        await commune.ClickAsync("#child-submit");
        await commune.WaitForURLAsync(PlanUrl());
        await Assertions.Expect(commune.GetByTestId("flash")).ToContainTextAsync("Đã tạo dự thảo kế hoạch với 3 nhiệm vụ");
        await commune.ClickAsync("#issue-open");
        await Assertions.Expect(commune.Locator("#issue-date")).ToHaveValueAsync("05/03/2026");
        await commune.FillAsync("#issue-number", "20/KH-UBND");
        await commune.ClickAsync("#issue-submit");
        await commune.WaitForURLAsync(PlanUrl());
        await Assertions.Expect(commune.Locator("#plan-status")).ToContainTextAsync("Đã ban hành");

        // 3. On 17/03 the date has passed: Vĩnh Linh issued in time, Cửa Tùng is one day overdue.
        app.Time!.Advance(TimeSpan.FromDays(12));
        province = await SignInAsync(browser, Url, "thuongtruc.tinh");
        await province.GotoAsync(panel);
        await Assertions.Expect(Row(province, vinhLinh)).ToHaveAttributeAsync("data-status", "issued");
        await Assertions.Expect(Row(province, vinhLinh)).ToContainTextAsync("20/KH-UBND");
        await Assertions.Expect(Row(province, cuaTung)).ToHaveAttributeAsync("data-status", "overdue");
        await Assertions.Expect(Row(province, cuaTung)).ToContainTextAsync("Quá hạn");
        await Assertions.Expect(Row(province, cuaTung).Locator("td").Nth(3)).ToHaveTextAsync("1");

        // 4. The matrix: Vĩnh Linh's plan covers 1.4, 3.3 and 7.2; Cửa Tùng covers nothing. The officer marks 3.3 not
        //    applicable to Cửa Tùng from its ✗ cell, then undoes it.
        var matrix = province.Locator("#coverage-matrix");
        foreach (var task in new[] { "1.4", "3.3", "7.2" })
        {
            await Assertions.Expect(Cell(matrix, task, vinhLinh)).ToHaveAttributeAsync("data-state", "covered");
        }

        await Assertions.Expect(Cell(matrix, "1.4", cuaTung)).ToHaveAttributeAsync("data-state", "not-covered");
        await Cell(matrix, "3.3", cuaTung).Locator("a").ClickAsync();
        await province.WaitForURLAsync(new Regex("nv="));
        await Assertions.Expect(province.Locator("#waive-government")).ToHaveValueAsync(cuaTung.ToString());
        await province.FillAsync("#waive-reason", Reason);
        await province.ClickAsync("#waive-submit");
        await Assertions.Expect(province.GetByTestId("flash")).ToContainTextAsync("Đã ghi nhận nhiệm vụ 3.3 không áp dụng cho UBND xã Cửa Tùng");
        await Assertions.Expect(Cell(matrix, "3.3", cuaTung)).ToHaveAttributeAsync("data-state", "not-applicable");
        await Assertions.Expect(province.Locator("#waivers")).ToContainTextAsync(Reason);
        await CheckPhoneAsync(browser, province, failures, "phan-cap-thuong-truc");
        await province.Locator("#waivers tr[data-task='3.3'] .pp-unwaive").ClickAsync();
        await Assertions.Expect(province.Locator("#waivers-none")).ToBeVisibleAsync();
        await Assertions.Expect(Cell(matrix, "3.3", cuaTung)).ToHaveAttributeAsync("data-state", "not-covered");

        // 5. The province's dashboard: Vĩnh Thủy and Vĩnh Linh issued in time; 1.4 (direction) is covered by both.
        await province.GotoAsync(Url("/bang-dieu-khien"));
        var coverage = province.Locator("#cascade-coverage");
        await Assertions.Expect(coverage).ToContainTextAsync("2/5 ban hành đúng hạn");
        await Assertions.Expect(coverage.Locator("tr").Filter(new() { HasText = ParPlan.Core.Plans.AreaNames.Short("direction") }).Locator(".pp-covered"))
            .ToHaveTextAsync("2/5 (40%)");
        await CheckPhoneAsync(browser, province, failures, "bang-dieu-khien");

        // 6. The province's leader reads the same panel without the forms.
        var leader = await SignInAsync(browser, Url, "lanhdao.tinh");
        await leader.GotoAsync(panel);
        await Assertions.Expect(Row(leader, vinhLinh)).ToHaveAttributeAsync("data-status", "issued");
        await Assertions.Expect(leader.Locator("#cascade-submit, #waive-submit")).ToHaveCountAsync(0);
        await CheckPhoneAsync(browser, leader, failures, "phan-cap-lanh-dao");

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static ILocator Row(IPage page, Guid government) => page.Locator($"#cascade-compliance tr[data-government='{government}']");

    private static ILocator Cell(ILocator matrix, string task, Guid government) =>
        matrix.Locator($"tr[data-task='{task}'] td[data-government='{government}']");

    /// <summary>The page now open, opened again in a 390 px phone with the same login: Vietnamese only, no sideways
    /// scroll, no serious axe violation; a screenshot of each is left beside the test binaries.</summary>
    private static async Task CheckPhoneAsync(IBrowser browser, IPage page, List<string> failures, string name)
    {
        var phone = await page.Context.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        var path = new Uri(page.Url).PathAndQuery;
        await phone.GotoAsync(page.Url);
        var widths = await phone.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] > widths[1])
        {
            failures.Add($"{path}: page is {widths[0]} px wide on a {widths[1]} px screen");
        }

        failures.AddRange((await ScreenLanguage.OffencesAsync(phone, new HashSet<string>(), codeShownHere: false)).Select(o => $"{path}: {o}"));
        var axe = await phone.RunAxe();
        failures.AddRange(axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: axe {v.Impact} {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})"));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, $"cascade-390-{name}.png"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, $"cascade-desktop-{name}.png"), FullPage = true });
        await phone.CloseAsync();
        _ = browser;
    }

    private static async Task<IPage> SignInAsync(IBrowser browser, Func<string, string> url, string userName)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url("/dang-nhap"));
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url("/"));
        return page;
    }

    private static async Task<(Dictionary<string, Guid> Units, Guid Plan)> DemoAsync(KestrelApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        string[] codes = ["QT", "QT.XA.VINHLINH", "QT.XA.CUATUNG", "QT.XA.BENQUAN"];
        var units = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id);
        var plan = await db.Plans.Where(p => p.GovernmentId == units["QT"]).Select(p => p.Id).SingleAsync();
        return (units, plan);
    }
}
