using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParPlan.Data;

namespace ParPlan.E2E;

/// <summary>Issue 13's quarter on the demo data (docs/reports.md, "Một quý báo cáo"): two communes draft their Q3 reports
/// (under the commune regime: "9 tháng đầu năm", window 15/12–11/09) with the numbers prefilled, edit a section and
/// submit; the province's standing officer returns one, it is resubmitted, both are accepted; the province's Quý III report (Bộ Nội vụ regime) consolidates them and its DOCX downloads.</summary>
public sealed class QuarterReportTests
{
    private const string Password = "ParPlan@2026";

    // 09:00 on 15/09/2026 in Vietnam: the province's Quý III window (15/06–14/09) has closed, its report is due on 20/09;
    // the communes' 9-month window closed on 11/09.
    private static readonly DateTimeOffset Now = new(2026, 9, 15, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_communes_report_quarter_three_the_province_returns_one_accepts_both_and_its_consolidated_docx_downloads()
    {
        await using var app = new KestrelApp(Now);
        var baseUri = app.Start();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        string Url(string path) => new Uri(baseUri, path).ToString();
        var units = await UnitsAsync(app, "QT", "QT.XA.VINHLINH", "QT.XA.VINHTHUY");

        // 1. Each commune's standing officer starts the Q3 report from the calendar, finds the numbers prefilled beside the
        //    sections, writes section III.1 and submits (the commune's agencies' Q3 reports are accepted in the demo).
        var vinhLinh = await SignInAsync(browser, Url, "thuongtruc.vinhlinh");
        var vinhLinhReport = await DraftAndSubmitAsync(vinhLinh, Url, units["QT.XA.VINHLINH"], "Xã Vĩnh Linh hoàn thành các nhiệm vụ trọng tâm quý III.");
        var vinhThuy = await SignInAsync(browser, Url, "thuongtruc.vinhthuy");
        var vinhThuyReport = await DraftAndSubmitAsync(vinhThuy, Url, units["QT.XA.VINHTHUY"], "Xã Vĩnh Thủy đẩy mạnh tiếp nhận hồ sơ trực tuyến.");

        // 2. The province's standing officer finds both in the review queue and returns Vĩnh Thủy's with a reason.
        var province = await SignInAsync(browser, Url, "thuongtruc.tinh");
        await province.GotoAsync(Url("/bao-cao/cho-tiep-nhan"));
        await Assertions.Expect(province.Locator($"#review-queue a[href='{vinhLinhReport}']")).ToHaveCountAsync(1);
        await province.ClickAsync($"#review-queue a[href='{vinhThuyReport}']");
        await province.FillAsync("#report-return-reason-input", "Bổ sung kết quả kiểm tra CCHC tại các phòng");
        await province.ClickAsync("#report-return");
        await Assertions.Expect(province.Locator("#report-status")).ToHaveTextAsync("Bị trả lại");

        // 3. Vĩnh Thủy reads the reason and submits again.
        await vinhThuy.GotoAsync(Url(vinhThuyReport));
        await Assertions.Expect(vinhThuy.Locator("#report-return-reason")).ToContainTextAsync("Bổ sung kết quả kiểm tra CCHC tại các phòng");
        await vinhThuy.ClickAsync("#report-submit");
        await Assertions.Expect(vinhThuy.Locator("#report-status")).ToHaveTextAsync("Đã gửi, chờ tiếp nhận");

        // 4. The province accepts both.
        foreach (var report in new[] { vinhLinhReport, vinhThuyReport })
        {
            await province.GotoAsync(Url(report));
            await province.ClickAsync("#report-accept");
            await Assertions.Expect(province.Locator("#report-status")).ToHaveTextAsync("Đã tiếp nhận");
        }

        // 5. The province's report for the quarter: started from the consolidation page, it lists both communes' 9-month
        //    reports accepted with who sent them when, and its DOCX downloads with their figures in the annex.
        await province.GotoAsync(Url("/bao-cao/tong-hop?ky=2026-Q3"));
        await province.ClickAsync("#consolidation-not-started a");
        await province.ClickAsync("#calendar-start-submit");
        await province.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/bao-cao/[0-9a-f-]{36}"));
        var children = province.Locator("#report-children");
        await Assertions.Expect(children.Locator($"#child-{units["QT.XA.VINHLINH"]}")).ToContainTextAsync("Đã tiếp nhận");
        await Assertions.Expect(children.Locator($"#child-{units["QT.XA.VINHTHUY"]}")).ToContainTextAsync("thuongtruc.vinhthuy");
        await Assertions.Expect(province.Locator("#report-consolidation-counts")).ToContainTextAsync("Đã tiếp nhận 2");
        var download = await province.RunAndWaitForDownloadAsync(() => province.ClickAsync("#report-docx"));
        var path = Path.Combine(app.DataDirectory, "bao-cao-tinh.docx");
        await download.SaveAsAsync(path);
        using var docx = WordprocessingDocument.Open(path, false);
        var body = docx.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        var cells = body.Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains(cells, c => c.Contains("Vĩnh Linh", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains("Vĩnh Thủy", StringComparison.Ordinal));
        Assert.Contains("Tổng cộng", cells);
    }

    /// <summary>Starts the commune's Q3 report (the commune regime's 9-month report) from the calendar, edits section III.1
    /// and submits; returns the report's path.</summary>
    private static async Task<string> DraftAndSubmitAsync(IPage page, Func<string, string> url, Guid commune, string text)
    {
        await page.GotoAsync(url("/bao-cao"));
        await page.ClickAsync($"#lich-xa-d3-2026-9M-{commune} a.pp-start-link");
        await page.ClickAsync("#calendar-start-submit");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/bao-cao/[0-9a-f-]{36}"));
        var path = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(page.Locator("#report-status")).ToHaveTextAsync("Đang soạn");
        await Assertions.Expect(page.Locator("#report-task-total")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#muc-I\\.1 .pp-figures")).ToContainTextAsync("nhiệm vụ");
        await Assertions.Expect(page.Locator("#muc-I\\.1 .pp-section-text")).ToContainTextAsync("Tính đến ngày 11/09/2026");
        await page.ClickAsync("#muc-III\\.1 a.pp-edit-link");
        await page.FillAsync("#section-text", text);
        await page.ClickAsync("#section-save");
        await Assertions.Expect(page.Locator("#muc-III\\.1 .pp-section-text")).ToHaveTextAsync(text);
        await page.ClickAsync("#report-submit");
        await Assertions.Expect(page.Locator("#report-status")).ToHaveTextAsync("Đã gửi, chờ tiếp nhận");
        return path;
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

    private static async Task<Dictionary<string, Guid>> UnitsAsync(KestrelApp app, params string[] codes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id);
    }
}
