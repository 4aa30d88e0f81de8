using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Tasks;

public sealed class TaskApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task My_tasks_lists_the_units_lead_and_support_tasks_with_computed_due_dates_and_nothing_of_another_commune()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);

        var tasks = await Json(await client.GetAsync("/api/tasks/mine"));

        var ids = tasks.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([s.TaskA, s.TaskShared], ids);
        var a = tasks.EnumerateArray().First(t => t.GetProperty("id").GetGuid() == s.TaskA);
        Assert.Equal(s.Today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.GetProperty("dueDate").GetString());
        Assert.False(a.GetProperty("overdue").GetBoolean());
        Assert.Equal("lead", a.GetProperty("role").GetString());
        Assert.Equal("support", tasks.EnumerateArray().First(t => t.GetProperty("id").GetGuid() == s.TaskShared).GetProperty("role").GetString());
    }

    [Fact]
    public async Task Progress_with_a_stale_version_is_a_409_that_shows_the_other_users_change()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);
        var version = (await Json(await client.GetAsync($"/api/tasks/{s.TaskA}"))).GetProperty("version").GetInt64();

        var first = await client.PostAsJsonAsync($"/api/tasks/{s.TaskA}/progress",
            new { status = "in-progress", percent = 40, note = "Đã dự thảo", version });
        var stale = await client.PostAsJsonAsync($"/api/tasks/{s.TaskA}/progress",
            new { status = "in-progress", percent = 60, note = "Bản của tôi", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var state = await Json(first);
        Assert.Equal(version + 1, state.GetProperty("version").GetInt64());
        Assert.Equal(40, state.GetProperty("percent").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var current = (await Json(stale)).GetProperty("current");
        Assert.Equal(40, current.GetProperty("percent").GetInt32());
        Assert.Equal("Đã dự thảo", current.GetProperty("lastNote").GetString());
        Assert.Equal(version + 1, current.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_coordinating_unit_adds_notes_but_cannot_close_the_task()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);
        var version = (await Json(await client.GetAsync($"/api/tasks/{s.TaskShared}"))).GetProperty("version").GetInt64();

        var close = await client.PostAsJsonAsync($"/api/tasks/{s.TaskShared}/progress", new { status = "done", percent = 100, version });
        var note = await client.PostAsJsonAsync($"/api/tasks/{s.TaskShared}/progress",
            new { status = "in-progress", percent = 50, note = "Xã đã số hoá 50% hồ sơ", version });

        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        var detail = await Json(await client.GetAsync($"/api/tasks/{s.TaskShared}"));
        Assert.Equal("not-started", detail.GetProperty("status").GetString());
        Assert.Equal("Xã đã số hoá 50% hồ sơ", detail.GetProperty("progress")[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task The_lead_unit_closes_its_task_and_a_blocked_status_needs_a_reason()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);
        var version = (await Json(await client.GetAsync($"/api/tasks/{s.TaskA}"))).GetProperty("version").GetInt64();

        var blocked = await client.PostAsJsonAsync($"/api/tasks/{s.TaskA}/progress", new { status = "blocked", percent = 0, version });
        var done = await client.PostAsJsonAsync($"/api/tasks/{s.TaskA}/progress", new { status = "done", percent = 100, note = "Xong", version });

        Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        Assert.Contains("lý do", (await Json(blocked)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("done", (await Json(done)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_officer_of_another_commune_can_neither_read_nor_write_the_task_and_a_leader_cannot_write()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var other = await app.LoginAsync(RunPlanScenario.OfficerB);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);

        var read = await other.GetAsync($"/api/tasks/{s.TaskA}");
        var write = await other.PostAsJsonAsync($"/api/tasks/{s.TaskA}/progress", new { status = "in-progress", percent = 10, version = 1 });
        var leaderRead = await leader.GetAsync($"/api/tasks/{s.TaskA}");
        var leaderWrite = await leader.PostAsJsonAsync($"/api/tasks/{s.TaskA}/progress", new { status = "in-progress", percent = 10, version = 1 });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain("An Bình", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderWrite.StatusCode);
    }
}
