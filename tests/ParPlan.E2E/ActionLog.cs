using Microsoft.Playwright;

namespace ParPlan.E2E;

/// <summary>
/// Drives a page and counts what a person does: each page opened (address or menu), click, field filled, option chosen
/// and file picked is one action, listed with its step. Checks a test makes only to assert (opening a page to look at
/// it) go to the page directly and are not counted.
/// </summary>
public sealed class ActionLog
{
    private readonly List<string> steps = [];

    public int Count => steps.Count;

    public IReadOnlyList<string> Steps => steps;

    public async Task GotoAsync(IPage page, string url, string step)
    {
        steps.Add(step);
        await page.GotoAsync(url);
    }

    public async Task ClickAsync(IPage page, string selector, string step)
    {
        steps.Add(step);
        await page.ClickAsync(selector);
    }

    public async Task ClickAsync(ILocator locator, string step)
    {
        steps.Add(step);
        await locator.ClickAsync();
    }

    public async Task FillAsync(IPage page, string selector, string value, string step)
    {
        steps.Add(step);
        await page.FillAsync(selector, value);
    }

    public async Task SelectAsync(IPage page, string selector, SelectOptionValue value, string step)
    {
        steps.Add(step);
        await page.SelectOptionAsync(selector, value);
    }

    public async Task SetFilesAsync(IPage page, string selector, FilePayload file, string step)
    {
        steps.Add(step);
        await page.SetInputFilesAsync(selector, file);
    }

    public async Task SetFilesAsync(IPage page, string selector, string path, string step)
    {
        steps.Add(step);
        await page.SetInputFilesAsync(selector, path);
    }

    /// <summary>The numbered step list, as docs/run-a-plan.md shows it.</summary>
    public string Report() => string.Join(Environment.NewLine, steps.Select((s, i) => $"{i + 1}. {s}"));
}
