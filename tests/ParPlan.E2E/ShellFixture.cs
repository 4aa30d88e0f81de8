using Microsoft.Playwright;

namespace ParPlan.E2E;

/// <summary>One app with the demo data and one Chromium for all the tests of a class: each test opens its own browser
/// context (its own cookies), so the roles do not see each other's sessions.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xUnit disposes a fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class ShellFixture : IAsyncLifetime
{
    public const string Password = "ParPlan@2026";

    private readonly KestrelApp _app = new();
    private IPlaywright? _playwright;

    public Uri BaseUri { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The app's services, to read the demo store (e.g. the codes a page must not show).</summary>
    public IServiceProvider Services => _app.Services;

    public string Url(string path) => new Uri(BaseUri, path).ToString();

    public async Task InitializeAsync()
    {
        BaseUri = _app.Start();
        (_playwright, Browser) = await E2E.Browser.LaunchAsync();
    }

    /// <summary>A fresh context at the given width, signed in as <paramref name="userName"/>, on the home page.</summary>
    public async Task<IPage> SignInAsync(string userName, int width, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/dang-nhap"));
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(Url("/"));
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
