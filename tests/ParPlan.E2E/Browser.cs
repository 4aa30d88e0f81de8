using Microsoft.Playwright;

namespace ParPlan.E2E;

/// <summary>Headless Debian Chromium through Playwright. A missing browser fails the test (it is never skipped):
/// install it with <c>apt-get install -y --no-install-recommends chromium chromium-driver</c>.</summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath),
            $"{ChromiumPath} not found. Install it: apt-get install -y --no-install-recommends chromium chromium-driver");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=vi-VN",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>The repository root (where ParPlan.slnx is), for docs/screenshot.png.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParPlan.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ParPlan.slnx not found above the test folder.");
    }
}
