using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParPlan.Data;
using ParPlan.Features.ParIndex;
using ParPlan.Features.Plans;

namespace ParPlan.E2E;

/// <summary>Issue 14's cycle on the demo data (docs/par-index.md): xã Vĩnh Linh finishes its self-assessment, keeping
/// ParPlan's computed proposals where there are some, and submits (xã Vĩnh Thủy's self-assessment is submitted in the
/// demo); the appraiser adjusts three criteria, Vĩnh Linh explains one, round 2 settles it; both are finalised and the
/// ranking publishes with bands and its decision annex; a criterion Vĩnh Linh lost points on lands in its 2027 draft plan.</summary>
public sealed class ParCycleBrowserTests
{
    private const string Password = "ParPlan@2026";

    // 09:00 on 02/11/2026 in Vietnam: before the demo set's lock date of 15/12/2026.
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The criteria Vĩnh Linh has not scored in the demo, with its field and a score on each rule's grid (a
    /// computed proposal, when ParPlan has one, is kept instead).</summary>
    private static readonly (string Code, string Field, string Score)[] Remaining =
        [("4.1", "4", "5"), ("5.1", "5", "2"), ("5.2", "5", "3,5"), ("6.1", "6", "6"), ("7.1", "7", "5"), ("7.2", "7", "5"), ("8.1", "8", "9")];

    [Fact]
    public async Task Two_communes_are_appraised_in_two_rounds_ranked_with_bands_and_a_lost_criterion_lands_in_next_years_draft_plan()
    {
        await using var app = new KestrelApp(Now);
        var baseUri = app.Start();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        string Url(string path) => new Uri(baseUri, path).ToString();
        var (vinhLinh, vinhThuy, proposed) = await AssessmentsAsync(app);

        // 1. Vĩnh Linh's standing officer scores the criteria left, keeping the computed proposals, and submits.
        var commune = await SignInAsync(browser, Url, "thuongtruc.vinhlinh");
        foreach (var (code, field, score) in Remaining)
        {
            await commune.GotoAsync(Url($"/chi-so-cchc/danh-gia/{vinhLinh}?linhvuc={field}&tc={code}"));
            var points = commune.Locator("input[name='Score.Points']");
            if (proposed.TryGetValue(code, out var proposal))
            {
                await Assertions.Expect(points).ToHaveValueAsync(proposal);
            }
            else
            {
                await points.FillAsync(score);
            }

            await commune.FillAsync("textarea[name='Score.Explanation']", "Căn cứ hồ sơ lưu tại Văn phòng HĐND và UBND xã.");
            await commune.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm tự chấm" }).ClickAsync();
            await Assertions.Expect(commune.Locator("[data-testid=flash]")).ToContainTextAsync($"tiêu chí {code}");
        }

        await Assertions.Expect(commune.Locator(".pp-missing")).ToHaveCountAsync(0);
        await commune.GetByRole(AriaRole.Button, new() { Name = "Gửi Sở Nội vụ thẩm định" }).ClickAsync();
        await Assertions.Expect(commune.Locator(".pp-summary")).ToContainTextAsync("Đã gửi thẩm định");

        // 2. The appraiser adjusts three criteria in round 1 and sends it back for explanations.
        var appraiser = await SignInAsync(browser, Url, "thamdinh.tinh");
        foreach (var (code, field, score) in new[] { ("4.1", "4", "4"), ("5.2", "5", "3"), ("7.2", "7", "4") })
        {
            await AppraiseAsync(appraiser, Url($"/chi-so-cchc/danh-gia/{vinhLinh}?linhvuc={field}&tc={code}"), score, "Minh chứng chưa đầy đủ");
        }

        await appraiser.GetByRole(AriaRole.Button, new() { Name = "Kết thúc vòng 1, gửi đơn vị giải trình" }).ClickAsync();
        await Assertions.Expect(appraiser.Locator(".pp-summary")).ToContainTextAsync("vòng 2");

        // 3. Vĩnh Linh explains 7.2; round 2 recognises part of it.
        await commune.GotoAsync(Url($"/chi-so-cchc/danh-gia/{vinhLinh}?linhvuc=7&tc=7.2"));
        await commune.FillAsync("textarea[name='Reply.Text']", "Đã bổ sung báo cáo sử dụng chữ ký số quý IV");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Gửi giải trình" }).ClickAsync();
        await Assertions.Expect(commune.Locator(".pp-criterion").Filter(new() { HasText = "7.2." })).ToContainTextAsync("Đã bổ sung báo cáo sử dụng chữ ký số quý IV");
        await AppraiseAsync(appraiser, Url($"/chi-so-cchc/danh-gia/{vinhLinh}?linhvuc=7&tc=7.2"), "4,5", "Chấp nhận một phần giải trình");

        // 4. Survey points and finalisation of both communes.
        await FinaliseAsync(appraiser, Url($"/chi-so-cchc/danh-gia/{vinhLinh}"), "27");
        await FinaliseAsync(appraiser, Url($"/chi-so-cchc/danh-gia/{vinhThuy}"), "25");

        // 5. The ranking publishes the three finalised communes with bands; the decision's annex downloads and reads back.
        var leader = await SignInAsync(browser, Url, "lanhdao.tinh");
        await leader.GotoAsync(Url("/chi-so-cchc/ket-qua"));
        var ranking = leader.Locator(".pp-ranking tbody tr");
        await Assertions.Expect(ranking).ToHaveCountAsync(3);
        foreach (var name in new[] { "xã Vĩnh Linh", "xã Vĩnh Thủy", "xã Cửa Tùng" })
        {
            var band = await ranking.Filter(new() { HasText = name }).Locator("td").Nth(8).InnerTextAsync();
            Assert.Contains(band.Trim(), new[] { "Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu" });
        }

        var download = await leader.RunAndWaitForDownloadAsync(() => leader.ClickAsync("#par-decision-docx"));
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await File.ReadAllBytesAsync(await download.PathAsync())), false))
        {
            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("QUYẾT ĐỊNH", text, StringComparison.Ordinal);
            Assert.Contains("Phụ lục", text, StringComparison.Ordinal);
            Assert.Contains("UBND xã Vĩnh Linh", text, StringComparison.Ordinal);
        }

        // 6. Vĩnh Linh's standing officer accepts the proposal for 4.1 (lost points in round 1) into its 2027 draft and follows it.
        await commune.GotoAsync(Url($"/chi-so-cchc/khac-phuc?danhgia={vinhLinh}"));
        var row = commune.Locator("#remediation-table tbody tr").Filter(new() { HasText = "4.1" });
        await Assertions.Expect(row).ToContainTextAsync("Chờ xem xét");
        await row.GetByRole(AriaRole.Link, new() { Name = "Xem xét" }).ClickAsync();
        await commune.FillAsync("textarea[name='Form.Title']", "Kiện toàn tổ chức bộ máy theo Đề án vị trí việc làm");
        await commune.FillAsync("input[name='Form.DueOn']", "30/06/2027");
        await commune.ClickAsync("#remediation-accept");
        await Assertions.Expect(row).ToContainTextAsync("Đã đưa vào kế hoạch");
        await Assertions.Expect(row).ToContainTextAsync("Chưa thực hiện");

        // 7. The PAR pages at desktop width and on a 390 px phone: nothing scrolls sideways (tables scroll in their own box).
        var unitOfficer = await SignInAsync(browser, Url, "donvi.vinhlinh.vhxh");
        foreach (var (page, who) in new[] { (commune, "thuongtruc"), (unitOfficer, "donvi"), (appraiser, "thamdinh"), (leader, "lanhdao") })
        {
            foreach (var width in new[] { 1280, 390 })
            {
                await page.SetViewportSizeAsync(width, 844);
                foreach (var (path, name) in new[] { ($"/chi-so-cchc/khac-phuc?danhgia={vinhLinh}", "khac-phuc"), ("/chi-so-cchc/ket-qua", "ket-qua"),
                             ($"/chi-so-cchc/danh-gia/{vinhLinh}?linhvuc=4", "danh-gia"), ("/chi-so-cchc", "chi-so-cchc") })
                {
                    await page.GotoAsync(Url(path));
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, $"par-{who}-{name}-{width}.png"), FullPage = true });
                    Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), $"{path} scrolls sideways at {width} px for {who}");
                }
            }
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var accepted = await db.Set<ParRemediation>().SingleAsync(r => r.AssessmentId == vinhLinh && r.Code == "4.1");
        var task = await db.PlanTasks.SingleAsync(t => t.Id == accepted.TaskId);
        var plan = await db.Plans.SingleAsync(p => p.Id == task.PlanId);
        Assert.Equal((PlanStatus.Draft, new DateOnly(2027, 1, 1), "Kiện toàn tổ chức bộ máy theo Đề án vị trí việc làm", new DateOnly(2027, 6, 30)),
            (plan.Status, plan.PeriodFrom, task.Title, task.DueDate));
    }

    private static async Task AppraiseAsync(IPage page, string url, string score, string comment)
    {
        await page.GotoAsync(url);
        await page.FillAsync("input[name='Appraise.Points']", score);
        await page.FillAsync("textarea[name='Appraise.Comment']", comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm thẩm định" }).ClickAsync();
        await Assertions.Expect(page.Locator("input[name='Appraise.Points']")).ToHaveCountAsync(0);
    }

    private static async Task FinaliseAsync(IPage page, string url, string survey)
    {
        await page.GotoAsync(url);
        await page.FillAsync("input[name='Panel.Survey']", survey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm điều tra, thưởng, trừ" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=flash]")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chốt kết quả" }).ClickAsync();
        await Assertions.Expect(page.Locator(".pp-summary")).ToContainTextAsync("Đã công bố kết quả");
    }

    private static async Task<IPage> SignInAsync(IBrowser browser, Func<string, string> url, string userName)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "vi-VN", AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url("/dang-nhap"));
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url("/"));
        return page;
    }

    /// <summary>The demo's assessments of Vĩnh Linh and Vĩnh Thủy, and Vĩnh Linh's computed proposals on the criteria it has not scored.</summary>
    private static async Task<(Guid VinhLinh, Guid VinhThuy, Dictionary<string, string> Proposed)> AssessmentsAsync(KestrelApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = await (from a in db.Set<ParAssessment>()
                         join u in db.Units on a.UnitId equals u.Id
                         where u.Code == "QT.XA.VINHLINH" || u.Code == "QT.XA.VINHTHUY"
                         select new { u.Code, a.Id }).ToDictionaryAsync(x => x.Code, x => x.Id);
        var vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
        var proposed = await db.Set<ParAssessmentItem>().Where(i => i.AssessmentId == ids["QT.XA.VINHLINH"] && i.SelfScore == null && i.ProposedScore != null)
            .ToDictionaryAsync(i => i.Code, i => i.ProposedScore!.Value.ToString(vi));
        return (ids["QT.XA.VINHLINH"], ids["QT.XA.VINHTHUY"], proposed);
    }
}
