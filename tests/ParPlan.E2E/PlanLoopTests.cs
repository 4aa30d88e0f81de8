using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParPlan.Core.Tests;
using ParPlan.Data;
using ParPlan.Features.Plans;
using Xunit.Abstractions;

namespace ParPlan.E2E;

/// <summary>The whole loop of issue "Run a plan" on the real 2026 plan of xã Vĩnh Linh (seed 002), on the demo store with
/// a fake clock: import, map, issue; a unit officer reports with evidence; the dashboard and the overdue list follow.</summary>
public sealed partial class PlanLoopTests(ITestOutputHelper output)
{
    private const string Password = "ParPlan@2026";

    /// <summary>The most actions of import → review → issue → progress with evidence → dashboard (docs/run-a-plan.md,
    /// "Số thao tác"): a third fewer than the 38 the loop took before the issue step, one form for progress and evidence,
    /// the prefilled issue date and the home page's task list.</summary>
    private const int MostActions = 25;

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

        // 1. The standing officer of xã Vĩnh Linh imports the plan, maps the names the matcher could not place, and issues it
        //    on the confirmation step the import lands on (the issue date is prefilled with today, 10/01/2026).
        var log = new ActionLog();
        var standing = await browser.NewPageAsync(options);
        await LoginAsync(standing, baseUri, "thuongtruc.vinhlinh", log, "Cán bộ thường trực");
        var (unmatchedAtFirst, unmatchedLeft) = await ImportAndMapAsync(standing, baseUri, log);
        await log.ClickAsync(standing, "#confirm-import", "Bấm «Xác nhận, tạo dự thảo kế hoạch»");
        await standing.WaitForURLAsync(IssueUrl());
        await Assertions.Expect(standing.Locator("#issue-date")).ToHaveValueAsync("10/01/2026");
        await Assertions.Expect(standing.Locator("#issue-waiting")).ToContainTextAsync("Nhiệm vụ 1.2");
        // The names that are not units of the commune were left as they are: the issue step lists the tasks left without a
        // unit because of them, and issuing goes on.
        Assert.True(unmatchedLeft > 0);
        await Assertions.Expect(standing.Locator("#issue-unmatched li").First).ToContainTextAsync("Nhiệm vụ");
        await log.FillAsync(standing, "#issue-number", "12/KH-UBND", "Nhập số hiệu 12/KH-UBND");
        await log.ClickAsync(standing, "#issue-submit", "Bấm «Xác nhận ban hành»");
        await standing.WaitForURLAsync(PlanUrl());
        await Assertions.Expect(standing.Locator("#plan-tasks tbody tr")).ToHaveCountAsync(35);
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

        // 2. The culture office's officer lands on the home page, which lists the office's open tasks by due date, and opens
        //    task 1.1 from there to upload the office's plan as evidence and report progress.
        var officer = await browser.NewPageAsync(options);
        await LoginAsync(officer, baseUri, "donvi.vinhlinh.vhxh", log, "Cán bộ đơn vị");
        await log.ClickAsync(officer.Locator($"[data-testid=home-task] a[href='/nhiem-vu/{mine["1.1"]}']"), "Cán bộ đơn vị: mở nhiệm vụ 1.1 ở trang chủ");
        await officer.WaitForURLAsync(Url($"/nhiem-vu/{mine["1.1"]}"));
        // One form, one submit: progress and the evidence file together.
        await log.SelectAsync(officer, "select[name='Progress.Status']", new SelectOptionValue { Value = "in-progress" }, "Chọn tình trạng «Đang thực hiện»");
        await log.FillAsync(officer, "input[name='Progress.Percent']", "60", "Nhập 60%");
        await log.FillAsync(officer, "textarea[name='Progress.Note']", "Đã trình dự thảo kế hoạch tuyên truyền CCHC", "Nhập ghi chú");
        await log.FillAsync(officer, "input[name='Progress.DocumentNumber']", "03/KH-VHXH", "Nhập số văn bản minh chứng");
        await log.FillAsync(officer, "input[name='Progress.DocumentDate']", "12/01/2026", "Nhập ngày văn bản");
        await log.SetFilesAsync(officer, "input[name=file]", new FilePayload
        {
            Name = "ke-hoach-cchc-2026.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"u8.ToArray(),
        }, "Chọn tệp minh chứng");
        await log.ClickAsync(officer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }), "Bấm «Gửi báo cáo»");
        await Assertions.Expect(officer.Locator(".pp-evidence")).ToContainTextAsync("03/KH-VHXH");
        await Assertions.Expect(officer.Locator(".pp-status")).ToHaveTextAsync("Đang thực hiện");

        // The officer's task list holds exactly the tasks the office leads or supports, and task 1.7 does not open.
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

        // 3. The standing officer's dashboard reflects it, and the task page shows the evidence.
        await log.GotoAsync(standing, Url("/bang-dieu-khien"), "Cán bộ thường trực: mở «Bảng điều khiển»");
        output.WriteLine($"Tên chưa khớp lúc đầu: {unmatchedAtFirst}. Số thao tác: {log.Count}{Environment.NewLine}{log.Report()}");
        Assert.True(log.Count <= MostActions, $"The loop took {log.Count} actions, more than {MostActions}:{Environment.NewLine}{log.Report()}");
        await Assertions.Expect(standing.Locator("[data-count=inProgress]")).ToHaveTextAsync((inProgressBefore + 1).ToString());
        await standing.GotoAsync(Url($"/nhiem-vu/{mine["1.1"]}"));
        await Assertions.Expect(standing.Locator(".pp-evidence")).ToContainTextAsync("03/KH-VHXH");

        // 4. On 16/01 the deadline of 15/01 has passed: task 1.1 joins the overdue list.
        app.Time!.Advance(TimeSpan.FromDays(6));
        await LoginAsync(standing, baseUri, "thuongtruc.vinhlinh", new ActionLog(), "");
        await standing.GotoAsync(Url("/theo-doi"));
        var overdue11 = standing.Locator($"#qua-han tr[data-task='{mine["1.1"]}']");
        await Assertions.Expect(overdue11).ToHaveCountAsync(1);
        await Assertions.Expect(overdue11).ToContainTextAsync("quá 1 ngày");
        Assert.True(await standing.Locator("#qua-han tbody tr").CountAsync() > overdueBefore);
        await standing.GotoAsync(Url("/bang-dieu-khien"));
        Assert.True(int.Parse(await standing.Locator("[data-count=overdue]").InnerTextAsync()) >= overdueBefore + 1);
    }

    private static async Task LoginAsync(IPage page, Uri baseUri, string user, ActionLog log, string who)
    {
        await log.GotoAsync(page, new Uri(baseUri, "/dang-nhap").ToString(), $"{who}: mở trang đăng nhập");
        await log.FillAsync(page, "#userName", user, "Nhập tên đăng nhập");
        await log.FillAsync(page, "#password", Password, "Nhập mật khẩu");
        await log.ClickAsync(page, "button[type=submit]", "Bấm «Đăng nhập»");
        await page.WaitForURLAsync(new Uri(baseUri, "/").ToString());
    }

    /// <summary>Uploads seed 002 and maps the adviser names to the culture office; returns how many names were unmatched
    /// at first and how many are left.</summary>
    private static async Task<(int AtFirst, int Left)> ImportAndMapAsync(IPage page, Uri baseUri, ActionLog log)
    {
        await log.GotoAsync(page, new Uri(baseUri, "/ke-hoach/nhap").ToString(), "Mở «Nhập kế hoạch»");
        await log.SetFilesAsync(page, "#plan-file", Path.Combine(RepoPaths.Seeds, "002_82c4b63d1339515c.txt"), "Chọn tệp kế hoạch");
        await log.ClickAsync(page, "#upload-plan", "Bấm «Đọc kế hoạch»");
        await page.WaitForURLAsync(ReviewUrl());
        await Assertions.Expect(page.Locator("#tasks tbody tr")).ToHaveCountAsync(35);
        await Assertions.Expect(page.Locator("#tasks")).ToContainTextAsync("hạn 15/01/2026");

        // The CCHC advisers go to the culture office (the standing agency). The name box opens on the first unmatched name.
        var unmatched = page.Locator("#unit-names tr.pp-unmatched");
        var atFirst = await unmatched.CountAsync();
        Assert.True(atFirst > 0);
        var advisers = page.Locator("#unit-names tr.pp-unmatched").Filter(new() { HasText = "tham mưu" });
        for (var guard = 0; guard < 15 && await advisers.CountAsync() > 0; guard++)
        {
            var name = (await advisers.First.Locator("td").First.InnerTextAsync()).Trim();
            if (await page.InputValueAsync("#map-name") != name)
            {
                await log.SelectAsync(page, "#map-name", new SelectOptionValue { Value = name }, $"Chọn tên «{name}»");
            }

            await log.SelectAsync(page, "#map-target", new SelectOptionValue { Label = "Phòng Văn hoá – Xã hội" }, "Chọn «Phòng Văn hoá – Xã hội»");
            await log.ClickAsync(page, "#map-submit", "Bấm «Gán và ghi nhớ»");
            await Assertions.Expect(page.Locator("#unit-names tr").Filter(new() { HasText = name }).First).Not.ToHaveClassAsync(new Regex("pp-unmatched"));
        }

        // The names left are not units of the commune: they stay unassigned, as the confirm box says.
        var left = await unmatched.CountAsync();
        Assert.Equal(3, left);
        return (atFirst, left);
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

    [GeneratedRegex(@"/ke-hoach/nhap/[0-9a-f-]{36}(#.*)?$")]
    private static partial Regex ReviewUrl();

    [GeneratedRegex(@"/ke-hoach/[0-9a-f-]{36}(\?.*)?(#.*)?$")]
    private static partial Regex PlanUrl();

    [GeneratedRegex(@"/ke-hoach/[0-9a-f-]{36}/ban-hanh$")]
    private static partial Regex IssueUrl();
}
