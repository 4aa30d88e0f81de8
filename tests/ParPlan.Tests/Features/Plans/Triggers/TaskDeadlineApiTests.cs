using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Plans.Triggers;

public sealed class TaskDeadlineApiTests
{
    private static Dictionary<string, string?> NoJob() => new() { ["FollowUp:Enabled"] = "false" };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement?> MineAsync(HttpClient client, Guid taskId) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/tasks/mine")).EnumerateArray()
            .Cast<JsonElement?>().FirstOrDefault(t => t!.Value.GetProperty("id").GetGuid() == taskId);

    [Fact]
    public async Task A_recorded_event_wakes_a_dormant_conditional_task_with_the_span_its_condition_states()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        var task = await PlanRows.AddTaskAsync(app, s.PlanId, "3.1", "Xây dựng kế hoạch tuyên truyền CCHC của xã",
            "Trong vòng 20 ngày sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneA);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var before = await MineAsync(officer, task);
        var waiting = await standing.GetFromJsonAsync<JsonElement>($"/api/plans/{s.PlanId}/waiting-tasks");

        var response = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{task}/deadline",
            new { occurredOn = Iso(s.Today.AddDays(-15)), note = "Kế hoạch số 30/KH-UBND của UBND tỉnh" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, before!.Value.GetProperty("dueDate").ValueKind);
        var row = Assert.Single(waiting.EnumerateArray(), t => t.GetProperty("taskId").GetGuid() == task);
        Assert.Equal("event", row.GetProperty("wait").GetString());
        Assert.True(row.GetProperty("dormant").GetBoolean());
        var after = await MineAsync(officer, task);
        Assert.Equal(Iso(s.Today.AddDays(5)), after!.Value.GetProperty("dueDate").GetString());
        var followUp = await standing.GetFromJsonAsync<JsonElement>("/api/follow-up");
        Assert.Contains(followUp.GetProperty("dueIn7").EnumerateArray(), t => t.GetProperty("id").GetGuid() == task);
    }

    [Fact]
    public async Task A_task_timed_by_another_document_needs_a_date_and_then_carries_it_with_the_note()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        var task = await PlanRows.AddTaskAsync(app, s.PlanId, "3.2", "Tổ chức đối thoại với người dân", "Theo Kế hoạch của UBND tỉnh", s.CommuneA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);

        var missing = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{task}/deadline", new { note = "thiếu hạn" });
        var future = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{task}/deadline",
            new { occurredOn = Iso(s.Today.AddDays(1)), dueDate = Iso(s.Today.AddDays(40)) });
        var set = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{task}/deadline",
            new { dueDate = Iso(s.Today.AddDays(40)), note = "Theo Công văn 12/UBND-NC" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("hạn hoàn thành", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        Assert.Equal(Iso(s.Today.AddDays(40)), (await MineAsync(officer, task))!.Value.GetProperty("dueDate").GetString());
        var row = (await standing.GetFromJsonAsync<JsonElement>($"/api/plans/{s.PlanId}/waiting-tasks")).EnumerateArray()
            .Single(t => t.GetProperty("taskId").GetGuid() == task);
        Assert.Equal("date", row.GetProperty("wait").GetString());
        Assert.Equal("Theo Công văn 12/UBND-NC", row.GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_task_with_its_own_date_is_not_waiting_and_cannot_be_given_one_here()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);

        var response = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{s.TaskA}/deadline", new { dueDate = Iso(s.Today.AddDays(40)) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await standing.GetFromJsonAsync<JsonElement>($"/api/plans/{s.PlanId}/waiting-tasks")).EnumerateArray());
    }

    [Fact]
    public async Task Correcting_an_event_needs_its_current_version_a_stale_one_gets_409_naming_the_other_change_and_both_are_audited()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        var task = await PlanRows.AddTaskAsync(app, s.PlanId, "3.3", "Triển khai kế hoạch của tỉnh", "Sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var url = $"/api/plans/{s.PlanId}/tasks/{task}/deadline";

        var first = await (await standing.PostAsJsonAsync(url, new { occurredOn = Iso(s.Today.AddDays(-3)) })).Content.ReadFromJsonAsync<JsonElement>();
        var version = first.GetProperty("version").GetInt64();
        var corrected = await standing.PostAsJsonAsync(url, new { occurredOn = Iso(s.Today.AddDays(-2)), dueDate = Iso(s.Today.AddDays(9)), version });
        var stale = await standing.PostAsJsonAsync(url, new { occurredOn = Iso(s.Today.AddDays(-1)), version });
        var blind = await standing.PostAsJsonAsync(url, new { occurredOn = Iso(s.Today.AddDays(-1)) });

        Assert.Equal(Iso(s.Today.AddDays(27)), first.GetProperty("dueDate").GetString()); // no span stated: 30 days
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(Iso(s.Today.AddDays(9)), (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dueDate").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var detail = (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains(RunPlanScenario.Standing, detail, StringComparison.Ordinal);
        Assert.Contains(s.Today.AddDays(9).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, blind.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audited = await db.AuditEntries.CountAsync(a => a.EntityType == "TriggerEvent");
        Assert.Equal(2, audited);
    }

    [Fact]
    public async Task Another_communes_officer_can_neither_read_nor_write_the_waiting_tasks_and_a_leader_or_unit_officer_cannot_write()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        var communePlan = await PlanRows.AddPlanAsync(app, s.CommuneA, s.Today.Year);
        var task = await PlanRows.AddTaskAsync(app, communePlan, "1.1", "Việc của xã An Bình", "Sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneA);
        using var other = await app.LoginAsync(RunPlanScenario.OfficerB);
        using var own = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var body = new { occurredOn = Iso(s.Today) };

        var read = await other.GetAsync($"/api/plans/{communePlan}/waiting-tasks");
        var write = await other.PostAsJsonAsync($"/api/plans/{communePlan}/tasks/{task}/deadline", body);
        var ownRead = await own.GetAsync($"/api/plans/{communePlan}/waiting-tasks");
        var ownWrite = await own.PostAsJsonAsync($"/api/plans/{communePlan}/tasks/{task}/deadline", body);
        var leaderRead = await leader.GetAsync($"/api/plans/{communePlan}/waiting-tasks");
        var leaderWrite = await leader.PostAsJsonAsync($"/api/plans/{communePlan}/tasks/{task}/deadline", body);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain("Việc của xã An Bình", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(write.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, write.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.OK, ownRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ownWrite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderWrite.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().TriggerEvents.AnyAsync());
    }
}
