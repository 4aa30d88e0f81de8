using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Plans.Triggers;

/// <summary>"Ngày làm việc" spans of conditional tasks are counted on the app's working calendar: the default public
/// holidays plus the days configured under <c>Calendar</c>.</summary>
public sealed class WorkingDayDeadlineTests
{
    private const string Condition = "Trong vòng 10 ngày làm việc sau khi UBND tỉnh ban hành Kế hoạch";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string?> RecordEventAsync(ParPlanFactory app, string occurredOn)
    {
        var s = await RunPlanScenario.CreateAsync(app);
        var task = await PlanRows.AddTaskAsync(app, s.PlanId, "3.1", "Xây dựng kế hoạch tuyên truyền CCHC của xã", Condition, s.CommuneA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);

        var response = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{task}/deadline",
            new { occurredOn, note = "Kế hoạch số 30/KH-UBND của UBND tỉnh" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dueDate").GetString();
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        var mine = (await officer.GetFromJsonAsync<JsonElement>("/api/tasks/mine")).EnumerateArray()
            .Single(t => t.GetProperty("id").GetGuid() == task);
        Assert.Equal(saved, mine.GetProperty("dueDate").GetString());
        return saved;
    }

    [Fact]
    public async Task Ten_working_days_after_an_event_on_12_february_2026_skip_the_tet_holidays()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });

        // 13/02 is the first working day, Tết takes 16–20/02, so the tenth is Thursday 05/03/2026 (not 26/02).
        Assert.Equal(Iso(new DateOnly(2026, 3, 5)), await RecordEventAsync(app, "2026-02-12"));
    }

    [Fact]
    public async Task A_configured_extra_day_off_moves_the_deadline_again()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?>
        {
            ["FollowUp:Enabled"] = "false",
            ["Calendar:DaysOff:0"] = "13/02/2026",
        });

        Assert.Equal(Iso(new DateOnly(2026, 3, 6)), await RecordEventAsync(app, "2026-02-12"));
    }

    [Fact]
    public async Task A_configured_working_saturday_brings_the_deadline_back()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?>
        {
            ["FollowUp:Enabled"] = "false",
            ["Calendar:DaysOff:0"] = "13/02/2026",
            ["Calendar:WorkingDays:0"] = "28/02/2026",
        });

        Assert.Equal(Iso(new DateOnly(2026, 3, 5)), await RecordEventAsync(app, "2026-02-12"));
    }
}
