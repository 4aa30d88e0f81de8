using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Dashboard;

public sealed class DashboardApiTests
{
    [Fact]
    public async Task The_dashboard_counts_tasks_by_status_area_and_lead_unit_and_reflects_progress_and_the_clock()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var version = (await officer.GetFromJsonAsync<JsonElement>($"/api/tasks/{s.TaskA}")).GetProperty("version").GetInt64();
        await officer.PostAsJsonAsync($"/api/tasks/{s.TaskA}/progress", new { status = "done", percent = 100, version });

        var now = await standing.GetFromJsonAsync<JsonElement>("/api/dashboard");
        app.Time.Advance(TimeSpan.FromDays(3));
        using var nextDay = await app.LoginAsync(RunPlanScenario.Standing); // the 8-hour cookie has expired
        var later = await nextDay.GetFromJsonAsync<JsonElement>($"/api/dashboard?governmentId={s.Province}");

        Assert.Equal(3, now.GetProperty("total").GetInt32());
        Assert.Equal(1, now.GetProperty("done").GetInt32());
        Assert.Equal(0, now.GetProperty("doneLate").GetInt32());
        Assert.Equal(2, now.GetProperty("notStarted").GetInt32());
        Assert.Equal(0, now.GetProperty("inProgress").GetInt32());
        Assert.Equal(0, now.GetProperty("overdue").GetInt32());
        var direction = now.GetProperty("byArea").EnumerateArray().Single(a => a.GetProperty("area").GetString() == "direction");
        Assert.Equal(2, direction.GetProperty("total").GetInt32());
        var communeA = now.GetProperty("byUnit").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == s.CommuneA);
        Assert.Equal(1, communeA.GetProperty("done").GetInt32());
        Assert.Equal(1, later.GetProperty("overdue").GetInt32());
    }

    [Fact]
    public async Task A_leader_reads_the_dashboard_but_a_commune_officer_cannot_read_the_provinces()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerB);

        var ok = await leader.GetAsync("/api/dashboard");
        var denied = await officer.GetAsync($"/api/dashboard?governmentId={s.Province}");
        var badPeriod = await leader.GetAsync("/api/dashboard?period=quy-mot");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
    }
}
