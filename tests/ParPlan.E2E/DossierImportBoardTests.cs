using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ParPlan.E2E;

public sealed class DossierImportBoardTests
{
    private const string Header = "ma_ho_so,ma_thu_tuc,ten_thu_tuc,linh_vuc,ma_don_vi,ngay_tiep_nhan,han_tra_ket_qua,ngay_hoan_thanh,trang_thai,kenh_nop,"
        + "muc_do_dvc,co_nghia_vu_tai_chinh,thanh_toan_truc_tuyen,so_hoa_ho_so,so_hoa_ket_qua,tai_su_dung,xin_loi,danh_gia";

    [Fact]
    public async Task The_standing_officer_imports_a_dossier_file_sees_the_board_change_and_drills_down_to_a_dossier()
    {
        await using var app = new KestrelApp();
        var baseUri = app.Start();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "vi-VN" });
        string Url(string path) => new Uri(baseUri, path).ToString();

        await page.GotoAsync(Url("/dang-nhap"));
        await page.FillAsync("#userName", "thuongtruc.tinh");
        await page.FillAsync("#password", "ParPlan@2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(Url("/"));

        // The demo province's dashboard: this year's plans with their progress (the picture in the README).
        await page.GotoAsync(Url("/bang-dieu-khien"));
        await Assertions.Expect(page.Locator("[data-count=total]")).Not.ToHaveTextAsync("0");
        var shot = Path.Combine(AppContext.BaseDirectory, "dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        if (Environment.GetEnvironmentVariable("PARPLAN_UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(shot, Path.Combine(Browser.RepoRoot(), "docs", "screenshot.png"), overwrite: true);
        }

        // Before the import the board has no on-time rate for Q3 2025.
        await page.GetByRole(AriaRole.Link, new() { Name = "Chỉ số", Exact = true }).ClickAsync();
        await page.GotoAsync(Url("/chi-so?ky=2025-Q3"));
        await Assertions.Expect(page.Locator("tr[data-code='dossier.on-time-rate']")).ToHaveCountAsync(0);

        // Import a small file: two dossiers of xã Vĩnh Linh (one late) and one broken row.
        await page.GotoAsync(Url("/chi-so/nhap"));
        var csv = string.Join("\n",
            Header,
            "HS-E2E-1,1.001,Đăng ký khai sinh,Hộ tịch,QT.XA.VINHLINH,2025-08-04T08:00,2025-08-08T17:00,2025-08-05T10:00,da_tra,truc_tuyen,,0,,1,1,0,,5",
            "HS-E2E-2,1.001,Đăng ký khai sinh,Hộ tịch,QT.XA.VINHLINH,2025-08-04T09:00,2025-08-08T17:00,2025-08-12T10:00,da_tra,truc_tiep,,0,,0,0,0,0,",
            "HS-E2E-3,1.001,Đăng ký khai sinh,Hộ tịch,QT.KHONG.CO,2025-08-04T09:00,2025-08-08T17:00,,dang_xu_ly,truc_tiep,,0,,0,0,0,0,") + "\n";
        await page.SetInputFilesAsync("[data-testid=import-file]", new FilePayload { Name = "hoso.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-testid=import-submit]");
        await page.WaitForURLAsync(new Regex("/chi-so/nhap/\\d+$"));
        await Assertions.Expect(page.GetByTestId("import-status")).ToHaveAttributeAsync("data-status", "Completed", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("rejections")).ToContainTextAsync("4");

        // The board now shows the province's on-time rate for Q3 2025: 1 of 2.
        await page.GotoAsync(Url("/chi-so?ky=2025-Q3"));
        var onTime = page.Locator("tr[data-code='dossier.on-time-rate']");
        await Assertions.Expect(onTime).ToContainTextAsync("50 %");
        await Assertions.Expect(onTime.Locator("svg.pp-spark")).ToHaveCountAsync(1);

        // Drill down: the number → its units → the commune's dossiers.
        await onTime.Locator("td.pp-value a").ClickAsync();
        await page.WaitForURLAsync(new Regex("/chi-so/don-vi"));
        var commune = page.Locator("[data-testid=unit-values] tr[data-unit='QT.XA.VINHLINH']");
        await Assertions.Expect(commune).Not.ToContainTextAsync("QT.XA.VINHLINH");
        await Assertions.Expect(commune).ToContainTextAsync("50 %");
        await commune.Locator("a").ClickAsync();
        await page.WaitForURLAsync(new Regex("/chi-so/ho-so"));
        var dossiers = page.GetByTestId("dossiers");
        await Assertions.Expect(dossiers).ToContainTextAsync("HS-E2E-2");
        await Assertions.Expect(dossiers.Locator("tr", new() { HasText = "HS-E2E-2" })).ToContainTextAsync("12/08/2025");
        await Assertions.Expect(dossiers.Locator("tr", new() { HasText = "HS-E2E-2" })).ToContainTextAsync("Đã trả kết quả");

        // On a phone (390 px) the board, its drill-downs and the import page scroll only inside their tables.
        await page.SetViewportSizeAsync(390, 844);
        var drillDown = page.Url;
        foreach (var path in new[] { "/chi-so?ky=2025-Q3", "/chi-so", "/chi-so/nhap", new Uri(drillDown).PathAndQuery })
        {
            await page.GotoAsync(Url(path));
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{path} rộng {width} px ở màn hình 390 px");
        }
    }
}
