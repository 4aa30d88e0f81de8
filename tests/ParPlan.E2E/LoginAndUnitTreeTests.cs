using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParPlan.Data;

namespace ParPlan.E2E;

public sealed class LoginAndUnitTreeTests
{
    private const string Password = "ParPlan@2026";

    [Fact]
    public async Task The_provincial_standing_officer_logs_in_and_sees_the_vinh_linh_culture_office_in_the_unit_tree()
    {
        await using var app = new KestrelApp();
        var baseUri = app.Start();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, Locale = "vi-VN" });

        // An anonymous visit lands on the login form.
        await page.GotoAsync(new Uri(baseUri, "/").ToString());
        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#userName", "thuongtruc.tinh");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Uri(baseUri, "/").ToString());

        // The header names the user, their role and unit.
        var badge = page.GetByTestId("user-badge");
        await Assertions.Expect(badge).ToContainTextAsync("Cán bộ thường trực CCHC tỉnh");
        await Assertions.Expect(badge).ToContainTextAsync("Cán bộ cơ quan thường trực");

        // Open the unit tree from the navigation.
        await page.GetByRole(AriaRole.Link, new() { Name = "Đơn vị", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Uri(baseUri, "/don-vi").ToString());
        // The tree names units (their codes are not shown); the row carries the unit's id.
        using var scope = app.Services.CreateScope();
        var id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Units.Where(u => u.Code == "QT.XA.VINHLINH.VHXH").Select(u => u.Id).SingleAsync();
        var vinhLinhVhxh = page.Locator($"tbody tr[data-unit='{id}']");
        await Assertions.Expect(vinhLinhVhxh).ToHaveCountAsync(1);
        await Assertions.Expect(vinhLinhVhxh).ToContainTextAsync("Phòng Văn hoá – Xã hội");
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = "UBND xã Vĩnh Linh" }).First).ToBeVisibleAsync();

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "unit-tree.png"), FullPage = false });
    }

    [Fact]
    public async Task A_wrong_password_shows_the_vietnamese_message_on_the_login_form()
    {
        await using var app = new KestrelApp();
        var baseUri = app.Start();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(baseUri, "/dang-nhap").ToString());
        await page.FillAsync("#userName", "thuongtruc.tinh");
        await page.FillAsync("#password", "Sai@12345");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "login-error.png") });
    }
}
