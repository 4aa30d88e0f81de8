using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Plans.Triggers;

public sealed partial class TriggerHistoryTests
{
    private const string Second = "thuongtruc.tinh.2";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<long> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
    }

    /// <summary>Recorded by the standing officer, corrected an hour later by a colleague, corrected again an hour later.</summary>
    private static async Task<(RunPlanScenario S, Guid Task, DateTimeOffset RecordedAt)> RecordAndCorrectTwiceAsync(ParPlanFactory app)
    {
        var s = await RunPlanScenario.CreateAsync(app);
        await app.AddUserAsync(Second, ParPlan.Features.Auth.Roles.StandingOfficer, s.Agency);
        var task = await PlanRows.AddTaskAsync(app, s.PlanId, "1.2", "Xây dựng kế hoạch CCHC", "Trong vòng 20 ngày sau khi có Kế hoạch của UBND tỉnh", s.CommuneA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var colleague = await app.LoginAsync(Second);
        var url = $"/api/plans/{s.PlanId}/tasks/{task}/deadline";
        var recordedAt = app.Time.GetUtcNow();
        var version = await PostAsync(standing, url, new { occurredOn = Iso(s.Today.AddDays(-10)), note = "Kế hoạch 30/KH-UBND" });
        app.Time.Advance(TimeSpan.FromHours(1));
        version = await PostAsync(colleague, url, new { occurredOn = Iso(s.Today.AddDays(-8)), dueDate = Iso(s.Today.AddDays(30)), note = "Kế hoạch 30/KH-UBND", version });
        app.Time.Advance(TimeSpan.FromHours(1));
        await PostAsync(standing, url, new { occurredOn = Iso(s.Today.AddDays(-8)), version });
        return (s, task, recordedAt);
    }

    [Fact]
    public async Task The_history_lists_the_record_and_two_corrections_newest_first_with_who_and_the_values_each_left()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var (s, task, recordedAt) = await RecordAndCorrectTwiceAsync(app);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);

        var history = (await leader.GetFromJsonAsync<JsonElement>($"/api/plans/{s.PlanId}/tasks/{task}/deadline-history")).EnumerateArray().ToList();

        Assert.Equal(3, history.Count);
        Assert.Equal([RunPlanScenario.Standing, Second, RunPlanScenario.Standing], history.Select(h => h.GetProperty("userName").GetString()));
        Assert.Equal(["corrected", "corrected", "recorded"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal([recordedAt.AddHours(2), recordedAt.AddHours(1), recordedAt], history.Select(h => h.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("note").ValueKind);
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("setDueDate").ValueKind);
        Assert.Equal(Iso(s.Today.AddDays(12)), history[0].GetProperty("deadline").GetString());
        Assert.Equal(Iso(s.Today.AddDays(-8)), history[1].GetProperty("occurredOn").GetString());
        Assert.Equal(Iso(s.Today.AddDays(30)), history[1].GetProperty("setDueDate").GetString());
        Assert.Equal(Iso(s.Today.AddDays(30)), history[1].GetProperty("deadline").GetString());
        Assert.Equal(Iso(s.Today.AddDays(-10)), history[2].GetProperty("occurredOn").GetString());
        Assert.Equal("Kế hoạch 30/KH-UBND", history[2].GetProperty("note").GetString());
        Assert.Equal(Iso(s.Today.AddDays(10)), history[2].GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task A_dormant_task_has_an_empty_history_and_a_task_of_another_plan_is_not_found()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        var task = await PlanRows.AddTaskAsync(app, s.PlanId, "1.2", "Việc", "Sau khi có Kế hoạch của UBND tỉnh", s.CommuneA);
        var otherPlan = await PlanRows.AddPlanAsync(app, s.Province, s.Today.Year);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);

        var dormant = await standing.GetFromJsonAsync<JsonElement>($"/api/plans/{s.PlanId}/tasks/{task}/deadline-history");
        var elsewhere = await standing.GetAsync($"/api/plans/{otherPlan}/tasks/{task}/deadline-history");

        Assert.Empty(dormant.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task The_deadline_page_shows_the_history_in_vietnam_time_and_pre_ticks_only_tasks_waiting_for_the_same_event()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var (s, task, recordedAt) = await RecordAndCorrectTwiceAsync(app);
        var same = await PlanRows.AddTaskAsync(app, s.PlanId, "2.4", "Tuyên truyền", "Sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneB);
        var other = await PlanRows.AddTaskAsync(app, s.PlanId, "3.1", "Hướng dẫn", "Sau khi có hướng dẫn của UBND tỉnh", s.CommuneB);
        var dated = await PlanRows.AddTaskAsync(app, s.PlanId, "3.2", "Đối thoại", "Theo Kế hoạch của UBND tỉnh", s.CommuneB);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);

        var page = await standing.GetStringAsync($"/ke-hoach/{s.PlanId}/thoi-han/{task}");

        var vietnam = recordedAt.ToOffset(TimeSpan.FromHours(7));
        Assert.Contains(vietnam.ToString("dd/MM/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        Assert.Contains(Second, page, StringComparison.Ordinal);
        Assert.Contains(Vn(s.Today.AddDays(-10)), page, StringComparison.Ordinal);
        var history = page[page.IndexOf("id=\"deadline-history\"", StringComparison.Ordinal)..];
        Assert.True(history.IndexOf("Sửa", StringComparison.Ordinal) < history.IndexOf("Ghi nhận", StringComparison.Ordinal));
        Assert.Matches(Checkbox(same, ticked: true), page);
        Assert.Matches(Checkbox(other, ticked: false), page);
        Assert.DoesNotContain(dated.ToString(), page, StringComparison.Ordinal);
    }

    private static Regex Checkbox(Guid id, bool ticked) => new($"name=\"also\" value=\"{id}\"{(ticked ? " checked" : "(?! checked)")}");
}
