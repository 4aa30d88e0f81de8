using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParPlan.Core.Tests;
using ParPlan.Data;
using ParPlan.Features.Plans;

namespace ParPlan.E2E;

/// <summary>The whole loop of issue "Run a plan" on the real 2026 plan of xã Vĩnh Linh (seed 002), on the demo store with
/// a fake clock: import, map, issue; a unit officer reports with evidence; the dashboard and the overdue list follow.</summary>
public sealed partial class PlanLoopTests
{
    private const string Password = "ParPlan@2026";

    // 09:00 on 10/01/2026 in Vietnam.
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_2026_plan_is_imported_and_issued_a_unit_reports_with_evidence_and_the_dashboard_and_overdue_list_follow_the_clock()
    {
        await using var app = new KestrelApp(Start);
        var baseUri = app.Start();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var options = new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 }, Locale = "vi-VN" };
        string Url(string path) => new Uri(baseUri, path).ToString();

        // 1. The standing officer of xã Vĩnh Linh imports the plan, maps the names the matcher could not place, and issues it.
        var standing = await browser.NewPageAsync(options);
        await LoginAsync(standing, baseUri, "thuongtruc.vinhlinh");
        await ImportAndMapAsync(standing, baseUri);
        await standing.ClickAsync("#confirm-import");
        await standing.WaitForURLAsync(PlanUrl());
        await Assertions.Expect(standing.Locator("#plan-status")).ToContainTextAsync("Dự thảo");
        await Assertions.Expect(standing.Locator("#plan-tasks tbody tr")).ToHaveCountAsync(35);
        await standing.FillAsync("#issue-number", "12/KH-UBND");
        await standing.FillAsync("#issue-date", "10/01/2026");
        await standing.ClickAsync("#issue-submit");
        await Assertions.Expect(standing.Locator("#plan-status")).ToContainTextAsync("Đã ban hành");
        await Assertions.Expect(standing.Locator("#plan-number")).ToHaveTextAsync("12/KH-UBND");
        await standing.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "plan-issued.png") });
        var (mine, foreign) = await TasksOfCultureOfficeAsync(app);
        Assert.Contains("1.1", mine.Keys);
        Assert.Equal(["1.7"], foreign.Keys); // led by the economy office and the commune office, with no support group

        // Task 1.2 waits "Sau khi có Kế hoạch của UBND tỉnh": dormant until the standing officer records that the
        // province issued its plan on 08/01/2026; with no span in the condition it is due 30 days later.
        var waiting = standing.Locator("#waiting-tasks tbody tr").Filter(new() { HasText = "Sau khi có Kế hoạch của UBND tỉnh" });
        await Assertions.Expect(waiting).ToHaveClassAsync(new Regex("pp-dormant"));
        await waiting.GetByRole(AriaRole.Link, new() { Name = "Ghi nhận sự kiện" }).ClickAsync();
        await standing.FillAsync("#deadline-occurred", "08/01/2026");
        await standing.FillAsync("#deadline-note", "Kế hoạch CCHC năm 2026 của UBND tỉnh");
        await standing.ClickAsync("#deadline-submit");
        await standing.WaitForURLAsync(PlanUrl());
        await Assertions.Expect(waiting).Not.ToHaveClassAsync(new Regex("pp-dormant"));
        await Assertions.Expect(waiting).ToContainTextAsync("07/02/2026");

        // Before any report: the dashboard's counts and the overdue list of 10/01 (task 7.1 was due in December 2025).
        await standing.GotoAsync(Url("/bang-dieu-khien"));
        var inProgressBefore = int.Parse(await standing.Locator("[data-count=inProgress]").InnerTextAsync());
        await standing.GotoAsync(Url("/theo-doi"));
        await Assertions.Expect(standing.Locator("#qua-han")).ToContainTextAsync("7.1");
        await Assertions.Expect(standing.Locator($"#qua-han tr[data-task='{mine["1.1"]}']")).ToHaveCountAsync(0);
        var overdueBefore = await standing.Locator("#qua-han tbody tr").CountAsync();

        // 2. The culture office's officer sees exactly the tasks the office leads or supports, and cannot open task 1.7.
        var officer = await browser.NewPageAsync(options);
        await LoginAsync(officer, baseUri, "donvi.vinhlinh.vhxh");
        await officer.GotoAsync(Url("/nhiem-vu"));
        var rows = officer.Locator(".pp-my-tasks tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(mine.Count);
        foreach (var id in foreign.Values)
        {
            await Assertions.Expect(officer.Locator($".pp-my-tasks tr[data-task='{id}']")).ToHaveCountAsync(0);
        }

        await Assertions.Expect(officer.Locator($".pp-my-tasks tr[data-task='{mine["1.2"]}']")).ToContainTextAsync("07/02/2026");
        var notFound = await officer.GotoAsync(Url($"/nhiem-vu/{foreign["1.7"]}"));
        Assert.Equal(404, notFound!.Status);


        // It uploads the office's plan as evidence for task 1.1 and reports progress.
        await officer.GotoAsync(Url("/nhiem-vu"));
        await officer.Locator($".pp-my-tasks tr[data-task='{mine["1.1"]}'] a").ClickAsync();
        await officer.WaitForURLAsync(Url($"/nhiem-vu/{mine["1.1"]}"));
        // One form, one submit: progress and the evidence file together.
        await officer.SelectOptionAsync("select[name='Progress.Status']", "in-progress");
        await officer.FillAsync("input[name='Progress.Percent']", "60");
        await officer.FillAsync("textarea[name='Progress.Note']", "Đã trình dự thảo kế hoạch tuyên truyền CCHC");
        await officer.FillAsync("input[name='Progress.DocumentNumber']", "03/KH-VHXH");
        await officer.FillAsync("input[name='Progress.DocumentDate']", "12/01/2026");
        await officer.SetInputFilesAsync("input[name=file]", new FilePayload
        {
            Name = "ke-hoach-cchc-2026.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"u8.ToArray(),
        });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".pp-evidence")).ToContainTextAsync("03/KH-VHXH");
        await Assertions.Expect(officer.Locator(".pp-status")).ToHaveTextAsync("Đang thực hiện");

        // 3. The standing officer's dashboard reflects it, and the task page shows the evidence.
        await standing.GotoAsync(Url("/bang-dieu-khien"));
        await Assertions.Expect(standing.Locator("[data-count=inProgress]")).ToHaveTextAsync((inProgressBefore + 1).ToString());
        await standing.GotoAsync(Url($"/nhiem-vu/{mine["1.1"]}"));
        await Assertions.Expect(standing.Locator(".pp-evidence")).ToContainTextAsync("03/KH-VHXH");

        // 4. On 16/01 the deadline of 15/01 has passed: task 1.1 joins the overdue list.
        app.Time!.Advance(TimeSpan.FromDays(6));
        await LoginAsync(standing, baseUri, "thuongtruc.vinhlinh");
        await standing.GotoAsync(Url("/theo-doi"));
        var overdue11 = standing.Locator($"#qua-han tr[data-task='{mine["1.1"]}']");
        await Assertions.Expect(overdue11).ToHaveCountAsync(1);
        await Assertions.Expect(overdue11).ToContainTextAsync("quá 1 ngày");
        Assert.True(await standing.Locator("#qua-han tbody tr").CountAsync() > overdueBefore);
        await standing.GotoAsync(Url("/bang-dieu-khien"));
        Assert.True(int.Parse(await standing.Locator("[data-count=overdue]").InnerTextAsync()) >= overdueBefore + 1);
    }

    private static async Task LoginAsync(IPage page, Uri baseUri, string user)
    {
        await page.GotoAsync(new Uri(baseUri, "/dang-nhap").ToString());
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Uri(baseUri, "/").ToString());
    }

    private static async Task ImportAndMapAsync(IPage page, Uri baseUri)
    {
        await page.GotoAsync(new Uri(baseUri, "/ke-hoach/nhap").ToString());
        await page.SetInputFilesAsync("#plan-file", Path.Combine(RepoPaths.Seeds, "002_82c4b63d1339515c.txt"));
        await page.ClickAsync("#upload-plan");
        await page.WaitForURLAsync(ReviewUrl());
        await Assertions.Expect(page.Locator("#tasks tbody tr")).ToHaveCountAsync(35);
        await Assertions.Expect(page.Locator("#tasks")).ToContainTextAsync("hạn 15/01/2026");

        // The CCHC advisers go to the culture office (the standing agency); the other names are not units of the commune.
        var unmatched = page.Locator("#unit-names tr.pp-unmatched");
        Assert.True(await unmatched.CountAsync() > 0);
        for (var guard = 0; guard < 15 && await unmatched.CountAsync() > 0; guard++)
        {
            var name = (await unmatched.First.Locator("td").First.InnerTextAsync()).Trim();
            await page.SelectOptionAsync("#map-name", new SelectOptionValue { Value = name });
            var target = name.Contains("tham mưu", StringComparison.OrdinalIgnoreCase)
                ? new SelectOptionValue { Label = "Phòng Văn hoá – Xã hội" }
                : new SelectOptionValue { Value = "ignore" };
            await page.SelectOptionAsync("#map-target", target);
            await page.ClickAsync("#map-submit");
            await Assertions.Expect(page.Locator("#unit-names tr").Filter(new() { HasText = name }).First).Not.ToHaveClassAsync(new Regex("pp-unmatched"));
        }

        Assert.Equal(0, await unmatched.CountAsync());
    }

    /// <summary>The issued plan's tasks by ref: those assigned to the commune's culture office, and those that are not.</summary>
    private static async Task<(Dictionary<string, Guid> Mine, Dictionary<string, Guid> Foreign)> TasksOfCultureOfficeAsync(KestrelApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Units.Where(u => u.Code == "QT.XA.VINHLINH.VHXH").Select(u => u.Id).SingleAsync();
        var plan = await db.Plans.Where(p => p.Number == "12/KH-UBND").Select(p => p.Id).SingleAsync();
        var tasks = await db.PlanTasks.Where(t => t.PlanId == plan)
            .Select(t => new { t.Id, t.Ref, Mine = db.TaskAssignments.Any(a => a.TaskId == t.Id && a.UnitId == office) })
            .ToListAsync();
        return (tasks.Where(t => t.Mine).ToDictionary(t => t.Ref, t => t.Id), tasks.Where(t => !t.Mine).ToDictionary(t => t.Ref, t => t.Id));
    }

    [GeneratedRegex(@"/ke-hoach/nhap/[0-9a-f-]{36}$")]
    private static partial Regex ReviewUrl();

    [GeneratedRegex(@"/ke-hoach/[0-9a-f-]{36}(\?.*)?$")]
    private static partial Regex PlanUrl();
}
