using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParPlan.Core.Tests;

namespace ParPlan.E2E;

public sealed partial class ImportAndIssuePlanTests
{
    private const string Password = "ParPlan@2026";

    [Fact]
    public async Task The_commune_standing_officer_imports_the_2026_plan_maps_its_unmatched_units_confirms_and_issues_it()
    {
        await using var app = new KestrelApp();
        var baseUri = app.Start();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 }, Locale = "vi-VN" });

        await page.GotoAsync(new Uri(baseUri, "/dang-nhap").ToString());
        await page.FillAsync("#userName", "thuongtruc.vinhlinh");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Uri(baseUri, "/").ToString());

        // Upload the plan of xã Vĩnh Linh for 2026.
        await page.GotoAsync(new Uri(baseUri, "/ke-hoach/nhap").ToString());
        await page.SetInputFilesAsync("#plan-file", Path.Combine(RepoPaths.Seeds, "002_82c4b63d1339515c.txt"));
        await page.ClickAsync("#upload-plan");
        await page.WaitForURLAsync(ReviewUrl());
        await Assertions.Expect(page.Locator("#tasks tbody tr")).ToHaveCountAsync(35);
        await Assertions.Expect(page.Locator("#tasks")).ToContainTextAsync("hạn 15/01/2026");

        // Map every name the matcher could not place: the CCHC advisers to the standing agency, the rest are not ours.
        var unmatched = page.Locator("#unit-names tr.pp-unmatched");
        Assert.True(await unmatched.CountAsync() > 0);
        for (var guard = 0; guard < 15 && await unmatched.CountAsync() > 0; guard++)
        {
            var name = (await unmatched.First.Locator("td").First.InnerTextAsync()).Trim();
            await page.SelectOptionAsync("#map-name", new SelectOptionValue { Value = name });
            if (name.Contains("tham mưu", StringComparison.OrdinalIgnoreCase))
            {
                await page.SelectOptionAsync("#map-target", new SelectOptionValue { Label = "Phòng Văn hoá – Xã hội" });
            }
            else
            {
                await page.SelectOptionAsync("#map-target", new SelectOptionValue { Value = "ignore" });
            }

            await page.ClickAsync("#map-submit");
            await Assertions.Expect(page.Locator("#unit-names tr").Filter(new() { HasText = name }).First).Not.ToHaveClassAsync(new Regex("pp-unmatched"));
        }

        Assert.Equal(0, await unmatched.CountAsync());

        // Confirm: a draft plan with all 35 tasks.
        await page.ClickAsync("#confirm-import");
        await page.WaitForURLAsync(PlanUrl());
        await Assertions.Expect(page.Locator("#plan-status")).ToContainTextAsync("Dự thảo");
        await Assertions.Expect(page.Locator("#plan-tasks tbody tr")).ToHaveCountAsync(35);

        // Issue it with its number and date.
        await page.FillAsync("#issue-number", "12/KH-UBND");
        await page.FillAsync("#issue-date", "15/01/2026");
        await page.ClickAsync("#issue-submit");
        await Assertions.Expect(page.Locator("#plan-status")).ToContainTextAsync("Đã ban hành");
        await Assertions.Expect(page.Locator("#plan-number")).ToHaveTextAsync("12/KH-UBND");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "plan-issued.png") });
    }

    [GeneratedRegex(@"/ke-hoach/nhap/[0-9a-f-]{36}$")]
    private static partial Regex ReviewUrl();

    [GeneratedRegex(@"/ke-hoach/[0-9a-f-]{36}(\?.*)?$")]
    private static partial Regex PlanUrl();
}
