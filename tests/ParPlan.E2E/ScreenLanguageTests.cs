using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParPlan.Components.Layout;
using ParPlan.Core.Indicators;
using ParPlan.Data;

namespace ParPlan.E2E;

/// <summary>Issue 11's "Done when": for each of the six demo roles, every page the menu offers and the pages users open
/// from them every day (a plan, a task, a unit, the indicator drill-down, the audit log, the organisation sub-pages and a report)
/// are in Vietnamese (no English word from <see cref="ScreenLanguage.EnglishWords"/>, no ISO date, no internal code)
/// and do not scroll sideways on a 390 px phone. The failure lists role, page and the offending text.</summary>
public sealed partial class ScreenLanguageTests(ShellFixture app) : IClassFixture<ShellFixture>
{
    private const int Phone = 390;

    private const string PlanKind = "kế hoạch", TaskKind = "nhiệm vụ", UnitKind = "đơn vị", DrillDownKind = "chỉ số theo đơn vị", LateDossierKind = "hồ sơ trễ hạn";

    private const string ReportKind = "báo cáo";

    private const string SurveyKind = "kết quả khảo sát", SurveyQuestionsKind = "bộ câu hỏi khảo sát", SurveyImportKind = "nhập phiếu khảo sát";

    private const string InspectionKind = "kế hoạch kiểm tra";

    private const string CascadeKind = "phân cấp", UpperKind = "kế hoạch cấp trên", ChildKind = "xây dựng kế hoạch từ cấp trên";

    private const string DialogueKind = "cuộc đối thoại", CommitmentKind = "bản cam kết", InitiativeKind = "sáng kiến", FeedbackKind = "phản ánh, kiến nghị";

    /// <summary>The six demo roles (and the unit officer whose unit has this year's tasks in the demo), each with the
    /// detail pages its demo data must lead to, so the test cannot pass by not finding them.</summary>
    public static TheoryData<string, string[]> DemoRoles => new()
    {
        { "admin", [PlanKind, TaskKind, UnitKind] },
        { "thuongtruc.tinh", [PlanKind, TaskKind, UnitKind, DrillDownKind, CascadeKind, LateDossierKind, SurveyKind, SurveyQuestionsKind, SurveyImportKind, DialogueKind, CommitmentKind, InitiativeKind, FeedbackKind, InspectionKind] },
        { "thuongtruc.vinhlinh", [UnitKind, DrillDownKind, UpperKind, ChildKind, ReportKind] },
        { "donvi.vinhlinh.vhxh", [DialogueKind, CommitmentKind, InitiativeKind, FeedbackKind] },
        { "donvi.vinhthuy.vhxh", [PlanKind, TaskKind] },
        { "lanhdao.tinh", [PlanKind, TaskKind, DrillDownKind, SurveyKind, SurveyQuestionsKind, DialogueKind, FeedbackKind, InspectionKind] },
        { "thamdinh.tinh", [PlanKind, TaskKind, DrillDownKind] },
    };

    /// <summary>The detail pages opened from the menu pages: the first link of each kind found is followed.</summary>
    private static readonly (string Kind, Regex Path)[] DetailKinds =
    [
        (PlanKind, PlanPath()),
        (TaskKind, TaskPath()),
        (UnitKind, UnitPath()),
        (DrillDownKind, new Regex("^/chi-so/don-vi$")),
        ("hồ sơ", new Regex("^/chi-so/ho-so$")),
        ("nhóm đơn vị", new Regex("^/to-chuc/nhom$")),
        ("cơ quan thường trực", new Regex("^/to-chuc/thuong-truc$")),
        ("nhật ký", new Regex("^/nhat-ky$")),
        (ReportKind, new Regex("^/bao-cao/[0-9a-f-]{36}$")),
        (UpperKind, new Regex("^/ke-hoach/cap-tren$")),
        (CascadeKind, new Regex("^/ke-hoach/[0-9a-f-]{36}/phan-cap$")),
        (ChildKind, new Regex("^/ke-hoach/[0-9a-f-]{36}/ke-hoach-con$")),
        (LateDossierKind, new Regex(@"^/ho-so-tre-han/\d+$")),
        (DialogueKind, new Regex("^/doi-thoai/[0-9a-f-]{36}$")),
        (CommitmentKind, new Regex("^/cam-ket/[0-9a-f-]{36}$")),
        (InitiativeKind, new Regex("^/sang-kien/[0-9a-f-]{36}$")),
        (FeedbackKind, new Regex("^/phan-anh-kien-nghi/[0-9a-f-]{36}$")),
        (SurveyKind, new Regex("^/khao-sat/[0-9a-f-]{36}$")),
        (InspectionKind, new Regex("^/kiem-tra/[0-9a-f-]{36}$")),
        (SurveyQuestionsKind, new Regex("^/khao-sat/[0-9a-f-]{36}/cau-hoi$")),
        (SurveyImportKind, new Regex("^/khao-sat/[0-9a-f-]{36}/nhap$")),
        ("bản tự đánh giá Chỉ số CCHC", new Regex("^/chi-so-cchc/danh-gia/[0-9a-f-]{36}$")),
        ("kết quả Chỉ số CCHC", new Regex("^/chi-so-cchc/ket-qua$")),
    ];

    [Theory]
    [MemberData(nameof(DemoRoles))]
    public async Task Every_page_a_role_opens_daily_is_in_vietnamese_without_codes_or_iso_dates_and_fits_a_phone(string userName, string[] required)
    {
        var codes = await InternalCodesAsync();
        var page = await app.SignInAsync(userName, Phone, 844);
        var menu = await page.Locator("nav.pp-nav a.mud-nav-link").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(menu);
        Assert.All(menu, path => Assert.Contains(AppPages.All, p => p.Path == path && p.InMenu));

        var failures = new List<string>();
        var details = new List<string>();
        foreach (var path in menu)
        {
            await CheckAsync(page, userName, path, codes, failures);
            details.AddRange(await DetailLinksAsync(page, details));
        }

        // The plan page leads to its tasks, and the tree to the unit pages: one more round from the detail pages.
        var visited = new HashSet<string>(menu, StringComparer.Ordinal);
        for (var i = 0; i < details.Count; i++)
        {
            if (!visited.Add(details[i]))
            {
                continue;
            }

            await CheckAsync(page, userName, details[i], codes, failures);
            details.AddRange(await DetailLinksAsync(page, details));
        }

        // The daily detail pages must have been reached, or the test would pass by not looking.
        foreach (var kind in required.Where(k => !visited.Any(v => DetailKinds.Single(d => d.Kind == k).Path.IsMatch(PathOf(v)))))
        {
            failures.Add($"{userName}: no link to a {kind} page was found on the menu pages");
        }

        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0,
            $"{failures.Count} problems for {userName} on {visited.Count} pages:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    [Fact]
    public async Task The_audit_log_shows_each_change_as_a_vietnamese_before_and_after_table()
    {
        var page = await app.SignInAsync("admin", 1280);
        await page.GotoAsync(app.Url("/nhat-ky"));
        var change = page.GetByTestId("audit-change").First;
        await Assertions.Expect(change.GetByTestId("audit-fields").Locator("thead")).ToHaveTextAsync("TrườngTrướcSau");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "audit-log.png") });
        Assert.Empty(await ScreenLanguage.OffencesAsync(page, new HashSet<string>(), codeShownHere: false));
        await page.Context.CloseAsync();
    }

    [Fact]
    public void The_patterns_catch_codes_english_and_iso_dates_and_let_vietnamese_through()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal) { "dossier.total" };
        string[] bad =
        [
            "Lĩnh vực: direction", "civil-service", "Trạng thái: Returned", "task 7.1: deadline 2025-12-31 falls before the plan period",
            "dossier.on-time-rate", "Đơn vị QT.XA.VINHHOANG", "AppUser", "CommuneGovernment", "{\"Id\":\"6f1c2e0a-0000-0000-0000-000000000001\"}",
            "giá trị null", "N/A", "Tổng (total)", "dossier.total", "cee7949169b840cead6bbd998c5cd96b:lanhdao.tinh",
        ];
        string[] good =
        [
            "Kế hoạch cải cách hành chính năm 2026 – ParPlan", "Hạn 31/12/2025, còn 5 ngày", "In danh sách", "Trang 1 / 3",
            "UBND xã Vĩnh Hoàng · Chuyên viên", "donvi.vinhlinh.vhxh", "Tỷ lệ hồ sơ đúng hạn (QĐ 766)", "20.000 hồ sơ",
            "Sửa một ô", "PAR INDEX", "Nhóm mở (không tự động)",
        ];

        Assert.All(bad, text => Assert.NotEmpty(ScreenLanguage.Offences(text, codes)));
        Assert.All(good, text => Assert.Empty(ScreenLanguage.Offences(text, codes)));
    }

    private async Task CheckAsync(IPage page, string userName, string path, IReadOnlySet<string> codes, List<string> failures)
    {
        var response = await page.GotoAsync(app.Url(path));
        var where = $"{userName} {path}";
        if (response is { Status: >= 400 })
        {
            failures.Add($"{where}: answered {response.Status}");
        }

        failures.AddRange((await ScreenLanguage.OffencesAsync(page, codes, UnitPath().IsMatch(PathOf(path)))).Select(o => $"{where}: {o}"));
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] > widths[1])
        {
            failures.Add($"{where}: page is {widths[0]} px wide on a {widths[1]} px screen (sideways scroll), first too wide: {await WidestAsync(page)}");
        }
    }

    /// <summary>The first element (in document order) that sticks out on the right and is not inside a box that scrolls.</summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const w = window.innerWidth;
          const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
          for (const e of document.querySelectorAll('main *')) {
            const r = e.getBoundingClientRect();
            if (r.right > w + 1 && !scrolls(e)) return `<${e.tagName.toLowerCase()} class="${e.className}"> ${Math.round(r.right)} px: ${(e.textContent || '').trim().slice(0, 60)}`;
          }
          return '(none inside main)';
        }
        """);

    /// <summary>Links on the open page to a detail page of a kind not yet collected (the first one of each kind).</summary>
    private static async Task<IEnumerable<string>> DetailLinksAsync(IPage page, IReadOnlyList<string> already)
    {
        var hrefs = await page.Locator("main a[href]").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        var found = new List<string>();
        foreach (var (kind, pattern) in DetailKinds)
        {
            if (already.Concat(found).Any(h => pattern.IsMatch(PathOf(h))))
            {
                continue;
            }

            if (hrefs.FirstOrDefault(h => h.StartsWith('/') && pattern.IsMatch(PathOf(h))) is { } href)
            {
                found.Add(href);
            }
        }

        return found;
    }

    private static string PathOf(string href) => href.Split('?', '#')[0];

    /// <summary>The codes of the demo store (units, groups) and of the indicator catalogue, looked up exactly.</summary>
    private async Task<IReadOnlySet<string>> InternalCodesAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var units = await db.Units.Select(u => u.Code).ToListAsync();
        var groups = await db.UnitGroups.Select(g => g.Code).ToListAsync();
        return units.Concat(groups).Where(c => c.Contains('.', StringComparison.Ordinal))
            .Concat(IndicatorCatalog.All.Select(i => i.Code))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("^/ke-hoach/[0-9a-f-]{36}$")]
    private static partial Regex PlanPath();

    [GeneratedRegex("^/nhiem-vu/[0-9a-f-]{36}$")]
    private static partial Regex TaskPath();

    [GeneratedRegex("^/to-chuc/[0-9a-f-]{36}$")]
    private static partial Regex UnitPath();
}
