using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Plans;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Plans.OpenClasses;

public sealed partial class OpenClassTests
{
    private const string Relevant = "Các cơ quan, đơn vị có liên quan";

    private static Dictionary<string, string?> NoJob() => new() { ["FollowUp:Enabled"] = "false" };

    private static async Task<(RunPlanScenario S, Guid Plan, Guid Task)> ArrangeAsync(ParPlanFactory app, PlanStatus status)
    {
        var s = await RunPlanScenario.CreateAsync(app);
        await PlanRows.AddOpenGroupAsync(app, s.Province, Relevant);
        var plan = await PlanRows.AddPlanAsync(app, s.Province, s.Today.Year, status);
        var task = await PlanRows.AddTaskAsync(app, plan, "4.1", "Kiểm tra công tác CCHC", "Quý IV/" + s.Today.Year, s.Agency, Relevant);
        return (s, plan, task);
    }

    [Fact]
    public async Task A_draft_plan_lists_its_open_class_and_the_picked_units_become_support_assignments_that_see_the_task()
    {
        await using var app = new ParPlanFactory(NoJob());
        var (s, plan, task) = await ArrangeAsync(app, PlanStatus.Draft);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var view = await standing.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/open-classes");
        var cell = Assert.Single(view.GetProperty("cells").EnumerateArray());

        var response = await standing.PostAsJsonAsync($"/api/plans/{plan}/open-classes", new
        {
            taskId = task, role = "support", text = Relevant, unitIds = new[] { s.CommuneA, s.CommuneB }, version = view.GetProperty("version").GetInt64(),
        });
        var outsider = await standing.PostAsJsonAsync($"/api/plans/{plan}/open-classes", new
        {
            taskId = task, role = "support", text = Relevant, unitIds = new[] { Guid.NewGuid() }, version = view.GetProperty("version").GetInt64(),
        });

        Assert.True(cell.GetProperty("pending").GetBoolean());
        Assert.Contains(view.GetProperty("units").EnumerateArray(), u => u.GetProperty("id").GetGuid() == s.CommuneB);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outsider.StatusCode);
        var detail = await standing.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}");
        var supports = detail.GetProperty("tasks").EnumerateArray().Single().GetProperty("supportUnitIds").EnumerateArray().Select(e => e.GetGuid());
        Assert.Equal(new[] { s.CommuneA, s.CommuneB }.Order(), supports.Order());
        var after = await standing.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/open-classes");
        Assert.False(after.GetProperty("cells")[0].GetProperty("pending").GetBoolean());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityType == "TaskAssignment" && a.UserName == RunPlanScenario.Standing));
    }

    [Fact]
    public async Task Picking_on_an_issued_plan_is_a_revision_that_needs_a_reason_and_picking_again_replaces_the_units()
    {
        await using var app = new ParPlanFactory(NoJob());
        var (s, plan, task) = await ArrangeAsync(app, PlanStatus.Issued);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var url = $"/api/plans/{plan}/open-classes";
        async Task<long> VersionAsync() => (await standing.GetFromJsonAsync<JsonElement>(url)).GetProperty("version").GetInt64();

        var noReason = await standing.PostAsJsonAsync(url, new { taskId = task, role = "support", text = Relevant, unitIds = new[] { s.CommuneA }, version = await VersionAsync() });
        var first = await standing.PostAsJsonAsync(url, new
        {
            taskId = task, role = "support", text = Relevant, unitIds = new[] { s.CommuneA }, version = await VersionAsync(), reason = "Bổ sung đơn vị phối hợp",
        });
        var second = await standing.PostAsJsonAsync(url, new
        {
            taskId = task, role = "support", text = Relevant, unitIds = new[] { s.CommuneB }, version = await VersionAsync(), reason = "Đổi đơn vị phối hợp",
        });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("lý do", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var officerB = await app.LoginAsync(RunPlanScenario.OfficerB);
        using var officerA = await app.LoginAsync(RunPlanScenario.OfficerA);
        Assert.Contains((await officerB.GetFromJsonAsync<JsonElement>("/api/tasks/mine")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == task);
        Assert.DoesNotContain((await officerA.GetFromJsonAsync<JsonElement>("/api/tasks/mine")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == task);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reasons = await db.PlanRevisions.Where(r => r.PlanId == plan).OrderBy(r => r.Number).Select(r => r.Reason).ToListAsync();
        Assert.Equal(2, reasons.Count);
        Assert.StartsWith("Bổ sung đơn vị phối hợp", reasons[0], StringComparison.Ordinal);
        Assert.Contains("UBND xã Bình Minh", reasons[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolving_an_open_class_of_an_issued_plan_lists_the_added_then_the_removed_units_in_the_revisions_shown_on_the_plan_page()
    {
        await using var app = new ParPlanFactory(NoJob());
        var (s, plan, task) = await ArrangeAsync(app, PlanStatus.Draft);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var url = $"/api/plans/{plan}/open-classes";
        async Task<long> VersionAsync() => (await standing.GetFromJsonAsync<JsonElement>(url)).GetProperty("version").GetInt64();
        var issued = await standing.PostAsJsonAsync($"/api/plans/{plan}/issue", new { number = "7/KH-UBND", issuedOn = s.Today, version = await VersionAsync() });

        var both = await standing.PostAsJsonAsync(url, new
        {
            taskId = task, role = "support", text = Relevant, unitIds = new[] { s.CommuneB, s.CommuneA }, version = await VersionAsync(), reason = "Bổ sung đơn vị phối hợp",
        });
        var one = await standing.PostAsJsonAsync(url, new
        {
            taskId = task, role = "support", text = Relevant, unitIds = new[] { s.CommuneB }, version = await VersionAsync(), reason = "Bớt đơn vị phối hợp",
        });

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal(HttpStatusCode.OK, both.StatusCode);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var revisions = await scope.ServiceProvider.GetRequiredService<PlanQueries>().RevisionsAsync(plan);
        Assert.Equal([2, 1, 0], revisions.Select(r => r.Number));
        Assert.Equal(["Nhiệm vụ 4.1 – bỏ đơn vị phối hợp: UBND xã An Bình"], revisions[0].Diff);
        Assert.Equal(["Nhiệm vụ 4.1 – thêm đơn vị phối hợp: UBND xã An Bình; UBND xã Bình Minh"], revisions[1].Diff);
        var page = await standing.GetStringAsync($"/ke-hoach/{plan}");
        Assert.Contains("<li>Nhiệm vụ 4.1 – thêm đơn vị phối hợp: UBND xã An Bình; UBND xã Bình Minh</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Nhiệm vụ 4.1 – bỏ đơn vị phối hợp: UBND xã An Bình</li>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_communes_officer_cannot_read_or_pick_and_a_leader_cannot_pick()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        await PlanRows.AddOpenGroupAsync(app, s.CommuneA, Relevant);
        var plan = await PlanRows.AddPlanAsync(app, s.CommuneA, s.Today.Year, PlanStatus.Draft);
        var task = await PlanRows.AddTaskAsync(app, plan, "1.1", "Việc của xã An Bình", "Quý IV/" + s.Today.Year, s.CommuneA, Relevant);
        using var other = await app.LoginAsync(RunPlanScenario.OfficerB);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var body = new { taskId = task, role = "support", text = Relevant, unitIds = new[] { s.CommuneA }, version = 1 };

        var read = await other.GetAsync($"/api/plans/{plan}/open-classes");
        var write = await other.PostAsJsonAsync($"/api/plans/{plan}/open-classes", body);
        var leaderWrite = await leader.PostAsJsonAsync($"/api/plans/{plan}/open-classes", body);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.True(write.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, write.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, leaderWrite.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().TaskAssignments.AnyAsync(a => a.TaskId == task && a.SourceText == Relevant));
    }

    [Fact]
    public async Task The_plan_page_links_the_open_class_and_the_picking_form_creates_the_assignments()
    {
        await using var app = new ParPlanFactory(NoJob());
        var (s, plan, task) = await ArrangeAsync(app, PlanStatus.Draft);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);

        var planPage = await standing.GetStringAsync($"/ke-hoach/{plan}");
        var form = await standing.GetStringAsync($"/ke-hoach/{plan}/don-vi-mo/{task}/0");
        var token = Token().Match(form).Groups[1].Value;
        var version = Version().Match(form).Groups[1].Value;
        var posted = await standing.PostAsync($"/ke-hoach/{plan}/don-vi-mo/{task}/0", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("_handler", "open-class"), new("version", version),
            new("unit", s.CommuneB.ToString()),
        ]));

        Assert.Contains("Nhóm đơn vị mở cần chọn đơn vị cụ thể", planPage, StringComparison.Ordinal);
        Assert.Contains($"/ke-hoach/{plan}/don-vi-mo/{task}/0", planPage, StringComparison.Ordinal);
        Assert.Contains("UBND xã Bình Minh", form, StringComparison.Ordinal);
        Assert.True(posted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, posted.StatusCode.ToString());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unit = await db.TaskAssignments.Where(a => a.TaskId == task && a.SourceText == Relevant).Select(a => a.UnitId).SingleAsync();
        Assert.Equal(s.CommuneB, unit);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex Version();
}
