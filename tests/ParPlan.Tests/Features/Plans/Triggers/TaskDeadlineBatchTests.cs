using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Plans.Triggers;

public sealed class TaskDeadlineBatchTests
{
    private static Dictionary<string, string?> NoJob() => new() { ["FollowUp:Enabled"] = "false" };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<DateOnly?> DueAsync(ParPlanFactory app, Guid taskId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().PlanTasks.Where(t => t.Id == taskId).Select(t => t.DueDate).SingleAsync();
    }

    private static async Task<int> EventCountAsync(ParPlanFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().TriggerEvents.CountAsync();
    }

    [Fact]
    public async Task One_event_recorded_for_ticked_tasks_wakes_each_with_the_span_of_its_own_condition_and_leaves_the_others_dormant()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        var first = await PlanRows.AddTaskAsync(app, s.PlanId, "1.2", "Xây dựng kế hoạch CCHC của xã", "Sau khi có Kế hoạch của UBND tỉnh", s.CommuneA);
        var second = await PlanRows.AddTaskAsync(app, s.PlanId, "2.4", "Tuyên truyền kế hoạch",
            "Trong vòng 20 ngày sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneB);
        var untouched = await PlanRows.AddTaskAsync(app, s.PlanId, "3.1", "Triển khai hướng dẫn", "Sau khi có hướng dẫn của UBND tỉnh", s.CommuneA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var occurred = s.Today.AddDays(-5);

        var response = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{first}/deadline",
            new { occurredOn = Iso(occurred), note = "Kế hoạch 30/KH-UBND", alsoTasks = new[] { new { taskId = second, version = (long?)null } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Iso(occurred.AddDays(30)), body.GetProperty("dueDate").GetString());
        var also = Assert.Single(body.GetProperty("alsoTasks").EnumerateArray());
        Assert.Equal(second, also.GetProperty("taskId").GetGuid());
        Assert.Equal(Iso(occurred.AddDays(20)), also.GetProperty("dueDate").GetString());
        Assert.Equal(occurred.AddDays(30), await DueAsync(app, first));
        Assert.Equal(occurred.AddDays(20), await DueAsync(app, second));
        Assert.Null(await DueAsync(app, untouched));
        var waiting = (await standing.GetFromJsonAsync<JsonElement>($"/api/plans/{s.PlanId}/waiting-tasks")).EnumerateArray().ToList();
        Assert.Equal("Kế hoạch 30/KH-UBND", waiting.Single(t => t.GetProperty("taskId").GetGuid() == second).GetProperty("note").GetString());
        Assert.True(waiting.Single(t => t.GetProperty("taskId").GetGuid() == untouched).GetProperty("dormant").GetBoolean());
    }

    [Fact]
    public async Task An_explicit_due_date_is_given_to_every_ticked_task()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        var first = await PlanRows.AddTaskAsync(app, s.PlanId, "1.2", "Việc một", "Sau khi có Kế hoạch của UBND tỉnh", s.CommuneA);
        var second = await PlanRows.AddTaskAsync(app, s.PlanId, "2.4", "Việc hai", "Trong vòng 20 ngày sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneB);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);

        var response = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{first}/deadline", new
        {
            occurredOn = Iso(s.Today.AddDays(-1)), dueDate = Iso(s.Today.AddDays(45)), alsoTasks = new[] { new { taskId = second } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(s.Today.AddDays(45), await DueAsync(app, first));
        Assert.Equal(s.Today.AddDays(45), await DueAsync(app, second));
    }

    [Fact]
    public async Task A_ticked_task_recorded_meanwhile_makes_the_batch_save_nothing_and_the_409_names_it()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        var first = await PlanRows.AddTaskAsync(app, s.PlanId, "1.2", "Việc một", "Sau khi có Kế hoạch của UBND tỉnh", s.CommuneA);
        var second = await PlanRows.AddTaskAsync(app, s.PlanId, "2.4", "Việc hai", "Sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneB);
        var third = await PlanRows.AddTaskAsync(app, s.PlanId, "2.5", "Việc ba", "Sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneB);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var meanwhile = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{second}/deadline",
            new { occurredOn = Iso(s.Today.AddDays(-9)), note = "ghi riêng" });

        var batch = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{first}/deadline", new
        {
            occurredOn = Iso(s.Today.AddDays(-2)), alsoTasks = new[] { new { taskId = third, version = (long?)null }, new { taskId = second, version = (long?)null } },
        });

        Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, batch.StatusCode);
        var detail = (await batch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("nhiệm vụ 2.4", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("2.5", detail, StringComparison.Ordinal);
        Assert.Null(await DueAsync(app, first));
        Assert.Null(await DueAsync(app, third));
        Assert.Equal(s.Today.AddDays(21), await DueAsync(app, second));
        Assert.Equal(1, await EventCountAsync(app));
    }

    [Fact]
    public async Task A_task_of_another_plan_or_one_not_waiting_for_an_event_in_the_list_is_refused_and_nothing_is_saved()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        var first = await PlanRows.AddTaskAsync(app, s.PlanId, "1.2", "Việc một", "Sau khi có Kế hoạch của UBND tỉnh", s.CommuneA);
        var reference = await PlanRows.AddTaskAsync(app, s.PlanId, "2.1", "Đối thoại", "Theo Kế hoạch của UBND tỉnh", s.CommuneA);
        var otherPlan = await PlanRows.AddPlanAsync(app, s.Province, s.Today.Year);
        var foreign = await PlanRows.AddTaskAsync(app, otherPlan, "1.1", "Việc kế hoạch khác", "Sau khi có Kế hoạch của UBND tỉnh", s.CommuneA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var url = $"/api/plans/{s.PlanId}/tasks/{first}/deadline";
        object Body(Guid also) => new { occurredOn = Iso(s.Today), alsoTasks = new[] { new { taskId = also } } };

        var withForeign = await standing.PostAsJsonAsync(url, Body(foreign));
        var withReference = await standing.PostAsJsonAsync(url, Body(reference));
        var withDated = await standing.PostAsJsonAsync(url, Body(s.TaskA));
        var fromReference = await standing.PostAsJsonAsync($"/api/plans/{s.PlanId}/tasks/{reference}/deadline",
            new { dueDate = Iso(s.Today.AddDays(9)), alsoTasks = new[] { new { taskId = first } } });

        Assert.Equal(HttpStatusCode.NotFound, withForeign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withReference.StatusCode);
        Assert.Contains("2.1", (await withReference.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withDated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fromReference.StatusCode);
        Assert.Equal(0, await EventCountAsync(app));
        Assert.Null(await DueAsync(app, first));
        Assert.Null(await DueAsync(app, foreign));
    }

    [Fact]
    public async Task Leaders_and_unit_officers_cannot_record_a_batch_and_another_communes_officer_cannot_see_the_history()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        var communePlan = await PlanRows.AddPlanAsync(app, s.CommuneA, s.Today.Year);
        var first = await PlanRows.AddTaskAsync(app, communePlan, "1.1", "Việc của xã An Bình", "Sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneA);
        var second = await PlanRows.AddTaskAsync(app, communePlan, "1.2", "Việc khác của xã", "Sau khi có Kế hoạch của UBND tỉnh", s.CommuneA);
        using var other = await app.LoginAsync(RunPlanScenario.OfficerB);
        using var own = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var url = $"/api/plans/{communePlan}/tasks/{first}/deadline";
        var body = new { occurredOn = Iso(s.Today), alsoTasks = new[] { new { taskId = second } } };

        var leaderWrite = await leader.PostAsJsonAsync(url, body);
        var ownWrite = await own.PostAsJsonAsync(url, body);
        var otherWrite = await other.PostAsJsonAsync(url, body);
        var otherHistory = await other.GetAsync($"{url}-history");
        var ownHistory = await own.GetAsync($"{url}-history");

        Assert.Equal(HttpStatusCode.Forbidden, leaderWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ownWrite.StatusCode);
        Assert.True(otherWrite.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, otherWrite.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.NotFound, otherHistory.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownHistory.StatusCode);
        Assert.Equal(0, await EventCountAsync(app));
    }
}
