using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ParPlan.E2E;

/// <summary>Every demo role lands on its own work, and every page its menu offers has its own tab title, one h1, a
/// breadcrumb, no sideways page scroll on a 390 px phone and no serious or critical axe violation.</summary>
public sealed class RoleShellTests(ShellFixture app) : IClassFixture<ShellFixture>
{
    private const int Phone = 390;

    /// <summary>The words of a table's header and first rows that the browser broke across lines (a word whose letters
    /// lie on two lines has two boxes): a table too wide for a phone must scroll in its box, not wrap letter by letter.</summary>
    private const string BrokenTableWordsScript = """
        () => {
          const broken = [];
          const cells = [...document.querySelectorAll('.pp-main table')].flatMap(t => [...t.querySelectorAll('tr')].slice(0, 6))
            .flatMap(r => [...r.children]);
          for (const cell of cells) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const m of node.data.matchAll(/[\p{L}\p{N}]{3,}/gu)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (tops.size > 1 && broken.length < 5) broken.push(m[0]);
              }
            }
          }
          return broken;
        }
        """;
    private const int Desktop = 1280;

    /// <summary>The menu each role needs, as the spec states it (the registry must produce exactly this).</summary>
    public static TheoryData<string, string, string[]> Roles => new()
    {
        { "admin", "home-standing", ["/", "/nhiem-vu", "/theo-doi", "/bang-dieu-khien", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/chi-so-cchc/tham-dinh", "/kiem-tra", "/tim-kiem", "/bao-cao", "/bao-cao/cho-tiep-nhan", "/bao-cao/tong-hop", "/bao-cao/che-do", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi", "/to-chuc/nhom", "/to-chuc/thuong-truc", "/nhat-ky"] },
        { "thuongtruc.tinh", "home-standing", ["/", "/nhiem-vu", "/theo-doi", "/bang-dieu-khien", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/kiem-tra", "/tim-kiem", "/bao-cao", "/bao-cao/cho-tiep-nhan", "/bao-cao/tong-hop", "/bao-cao/che-do", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi", "/to-chuc/nhom", "/to-chuc/thuong-truc"] },
        { "thuongtruc.vinhlinh", "home-standing", ["/", "/nhiem-vu", "/theo-doi", "/bang-dieu-khien", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/kiem-tra", "/tim-kiem", "/bao-cao", "/bao-cao/cho-tiep-nhan", "/bao-cao/tong-hop", "/bao-cao/che-do", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi", "/to-chuc/nhom", "/to-chuc/thuong-truc"] },
        { "donvi.vinhlinh.vhxh", "home-unit", ["/", "/nhiem-vu", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/kiem-tra", "/tim-kiem", "/bao-cao", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi"] },
        { "lanhdao.tinh", "home-leader", ["/", "/nhiem-vu", "/bang-dieu-khien", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/kiem-tra", "/tim-kiem", "/bao-cao", "/bao-cao/tong-hop", "/bao-cao/che-do", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi"] },
        { "thamdinh.tinh", "home-appraiser", ["/", "/nhiem-vu", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/chi-so-cchc/tham-dinh", "/kiem-tra", "/tim-kiem", "/bao-cao", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_lands_on_its_work_and_every_menu_page_fits_a_phone_with_its_own_title_and_no_serious_axe_violation(
        string userName, string homeSection, string[] menu)
    {
        // Desktop: the landing page shows the role's work and the menu it needs, and passes axe with the menu open.
        var desktop = await app.SignInAsync(userName, Desktop);
        await Assertions.Expect(desktop.GetByTestId(homeSection)).ToBeVisibleAsync();
        var links = await desktop.Locator("nav.pp-nav a.mud-nav-link").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.Equal(menu, links);
        var desktopViolations = await SeriousViolationsAsync(desktop);
        Assert.True(desktopViolations.Count == 0, string.Join(Environment.NewLine, desktopViolations));
        await ShootAsync(desktop, userName, "desktop");
        await desktop.Context.CloseAsync();

        // Phone: the menu is closed behind its button, opens without script, and every page fits the width.
        var phone = await app.SignInAsync(userName, Phone, 844);
        await Assertions.Expect(phone.Locator("nav.pp-nav")).ToBeHiddenAsync();
        await ShootAsync(phone, userName, "phone");
        await phone.GetByTestId("menu-button").ClickAsync();
        await Assertions.Expect(phone.Locator("nav.pp-nav")).ToBeVisibleAsync();

        var failures = new List<string>();
        foreach (var path in menu)
        {
            await phone.GotoAsync(app.Url(path));
            var title = await phone.TitleAsync();
            if (!title.EndsWith(" – ParPlan", StringComparison.Ordinal) || title.Length <= " – ParPlan".Length)
            {
                failures.Add($"{path}: tab title '{title}'");
            }

            var h1 = await phone.Locator("h1").CountAsync();
            if (h1 != 1)
            {
                failures.Add($"{path}: {h1} h1 elements");
            }

            if (await phone.GetByTestId("breadcrumb").CountAsync() != 1)
            {
                failures.Add($"{path}: no breadcrumb");
            }

            var widths = await phone.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scroll, inner) = (widths[0], widths[1]);
            if (scroll > inner)
            {
                failures.Add($"{path}: page is {scroll} px wide on a {inner} px screen");
            }

            var broken = await phone.EvaluateAsync<string[]>(BrokenTableWordsScript);
            if (broken.Length > 0)
            {
                failures.Add($"{path}: table words broken across lines: {string.Join(", ", broken)}");
            }

            failures.AddRange((await SeriousViolationsAsync(phone)).Select(v => $"{path}: {v}"));
        }

        await phone.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task The_unit_officer_sees_the_units_tasks_by_due_date_and_is_offered_no_action_reserved_to_the_standing_office()
    {
        // Vĩnh Thủy's culture office has this year's tasks in the demo, one of them (4.1) overdue.
        var page = await app.SignInAsync("donvi.vinhthuy.vhxh", Desktop);
        var home = page.GetByTestId("home-unit");
        await Assertions.Expect(home).ToContainTextAsync("Nhiệm vụ của đơn vị theo thời hạn");
        await Assertions.Expect(home.GetByTestId("home-task").First).ToContainTextAsync("Quá hạn");
        var dues = await home.Locator("[data-testid=home-task] .pp-home-task-meta").AllInnerTextsAsync();
        Assert.NotEmpty(dues);
        // The office's own reports still to send are listed with their due dates (the demo's offices owe the year's report).
        await Assertions.Expect(home.GetByTestId("home-owed")).ToContainTextAsync("Báo cáo và điểm tự chấm phải nộp");
        Assert.DoesNotContain("chưa có chức năng", await home.InnerTextAsync(), StringComparison.Ordinal);
        var main = page.Locator("main#noi-dung");
        Assert.DoesNotContain("Nhập, ban hành", await main.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await page.Locator("a[href^='/ke-hoach/nhap'], a[href^='/ke-hoach/moi'], a[href^='/theo-doi']").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_appraiser_lands_on_the_self_assessments_waiting_for_appraisal()
    {
        // In the demo, xã Vĩnh Thủy has sent its PAR INDEX self-assessment for appraisal.
        var page = await app.SignInAsync("thamdinh.tinh", Desktop);
        var waiting = page.GetByTestId("home-appraisal");
        await Assertions.Expect(waiting.First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("home-appraiser")).ToContainTextAsync("Vĩnh Thủy");
        await waiting.Filter(new() { HasText = "Vĩnh Thủy" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/chi-so-cchc/danh-gia/[0-9a-f-]{36}$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_unit_officer_whose_office_scores_an_area_sees_the_self_assessment_it_owes_with_its_lock_date()
    {
        // In the demo, xã Vĩnh Linh is self-scoring and has given its areas to its offices.
        var page = await app.SignInAsync("donvi.vinhlinh.vhxh", Desktop);
        var par = page.GetByTestId("home-par");
        await Assertions.Expect(par.First).ToContainTextAsync("Khóa sổ:");
        await Assertions.Expect(par.First).ToContainTextAsync("Lĩnh vực đơn vị chấm:");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_comes_first_shows_when_focused_and_takes_the_keyboard_to_the_main_content()
    {
        var page = await app.SignInAsync("thuongtruc.tinh", Desktop);
        var first = await page.EvaluateAsync<string>(
            "() => document.querySelector('a[href], button, input:not([type=hidden]), select, textarea').textContent.trim()");
        Assert.Equal("Bỏ qua menu, đến nội dung chính", first);
        await page.Locator("a.pp-skip").FocusAsync();
        var focused = page.Locator(":focus");
        await Assertions.Expect(focused).ToBeInViewportAsync();
        var outline = await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#noi-dung", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_without_javascript_the_menu_opens_and_closes_and_the_task_table_stays_inside_the_screen_in_a_box_that_scrolls()
    {
        var page = await app.SignInAsync("donvi.vinhthuy.vhxh", Phone, 844, javaScript: false);
        var nav = page.Locator("nav.pp-nav");
        await Assertions.Expect(nav).ToBeHiddenAsync();
        await page.GetByTestId("menu-button").ClickAsync();
        await Assertions.Expect(nav).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Nhiệm vụ", Exact = true })).ToBeVisibleAsync();
        await page.GetByTestId("menu-button").ClickAsync();
        await Assertions.Expect(nav).ToBeHiddenAsync();

        await page.GotoAsync(app.Url("/nhiem-vu"));
        var widths = await page.EvaluateAsync<int[]>("() => { const t = document.querySelector('.pp-my-tasks .mud-table-container'); "
            + "return [document.documentElement.scrollWidth, window.innerWidth, Math.ceil(t.getBoundingClientRect().right), "
            + "getComputedStyle(t).overflowX === 'auto' ? 1 : 0]; }");
        Assert.True(widths[0] <= widths[1], $"page {widths[0]} px on a {widths[1]} px screen");
        Assert.True(widths[2] <= widths[1], $"the task table's box ends at {widths[2]} px on a {widths[1]} px screen");
        Assert.Equal(1, widths[3]);
        await page.Context.CloseAsync();
    }

    private static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"axe {v.Impact} {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})")
            .ToList();
    }

    /// <summary>The home page picture: in the test output, and in docs/screens when PARPLAN_UPDATE_SCREENSHOT=1.</summary>
    private static async Task ShootAsync(IPage page, string userName, string width)
    {
        var name = $"home-{userName}-{width}.png";
        var shot = Path.Combine(AppContext.BaseDirectory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = false });
        if (Environment.GetEnvironmentVariable("PARPLAN_UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(shot, Path.Combine(Browser.RepoRoot(), "docs", "screens", name), overwrite: true);
        }
    }
}
