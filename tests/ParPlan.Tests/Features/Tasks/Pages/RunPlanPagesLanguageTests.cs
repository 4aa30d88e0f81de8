using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Tasks.Pages;

/// <summary>The text a user reads on the tasks, follow-up, dashboard, search and home pages: Vietnamese, no internal codes,
/// no ISO dates.</summary>
public sealed partial class RunPlanPagesLanguageTests
{
    /// <summary>Codes and English words that have leaked onto pages before (statuses, roles, areas, period keys).</summary>
    private static readonly string[] Forbidden =
    [
        "not-started", "in-progress", "done-late", "blocked", "lead", "support", "direction", "procedures", "Overdue", "Progress",
        "Evidence", "Dashboard", "Search", "Status", "Upload", "Submit", "Loading", "(khác)", "Hoàn thành muộn",
    ];

    [Fact]
    public async Task Tasks_follow_up_dashboard_search_and_home_pages_show_no_code_no_english_word_and_no_iso_date()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        var detail = await officer.GetFromJsonAsync<Dictionary<string, object>>($"/api/tasks/{s.TaskA}");
        (await officer.PostAsJsonAsync($"/api/tasks/{s.TaskA}/progress",
            new { status = "in-progress", percent = 30, note = "Đã họp", version = long.Parse(detail!["version"].ToString()!, System.Globalization.CultureInfo.InvariantCulture) }))
            .EnsureSuccessStatusCode();
        app.Time.Advance(TimeSpan.FromDays(3)); // the shared task is overdue: the overdue lists and chips have something to show
        using var officerLater = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var year = s.Today.Year;
        var pages = new (HttpClient Client, string Path)[]
        {
            (officerLater, "/"), (officerLater, "/nhiem-vu"), (officerLater, "/nhiem-vu?trang-thai=done"), (officerLater, $"/nhiem-vu/{s.TaskA}"),
            (officerLater, $"/nhiem-vu/{s.TaskShared}"), (officerLater, "/tim-kiem?q=cai+cach"), (officerLater, "/tim-kiem?q=khongcogi"),
            (standing, "/"), (standing, "/theo-doi"), (standing, "/bang-dieu-khien"), (standing, $"/bang-dieu-khien?ky={year}-H1"),
            (leader, "/"), (leader, "/bang-dieu-khien"),
        };

        var failures = new List<string>();
        foreach (var (client, path) in pages)
        {
            using var response = await client.GetAsync(path);
            var text = Visible(await response.Content.ReadAsStringAsync());
            if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{path}: {(int)response.StatusCode}");
            if (IsoDate().Match(text) is { Success: true } iso) failures.Add($"{path}: ISO date {iso.Value}");
            if (PeriodCode().Match(text) is { Success: true } code) failures.Add($"{path}: period code {code.Value}");
            if (UnitCode().Match(text) is { Success: true } unit) failures.Add($"{path}: unit code {unit.Value}");
            failures.AddRange(Forbidden.Where(w => Regex.IsMatch(text, $@"(?<![\p{{L}}-]){Regex.Escape(w)}(?![\p{{L}}-])")).Select(w => $"{path}: \"{w}\""));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>What a reader sees: the text between tags, without scripts, styles and attribute values.</summary>
    private static string Visible(string html)
    {
        var body = ScriptOrStyle().Replace(html, " ");
        return WebUtility.HtmlDecode(Tag().Replace(body, " "));
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{4}-(Q[1-4]|H[12]|9M|M\d{2})\b")]
    private static partial Regex PeriodCode();

    [GeneratedRegex(@"\bT[0-9A-F]{6}(\.[A-Z]+)?\b")]
    private static partial Regex UnitCode();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
