using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Plans.Triggers;

public sealed partial class TaskDeadlinePageTests
{
    [Fact]
    public async Task The_plan_page_lists_the_dormant_task_and_its_form_records_the_event_in_dd_mm_yyyy()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        var task = await PlanRows.AddTaskAsync(app, s.PlanId, "3.1", "Triển khai kế hoạch của tỉnh", "Sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var occurred = s.Today.AddDays(-1);

        var planPage = await standing.GetStringAsync($"/ke-hoach/{s.PlanId}");
        var leaderPage = await leader.GetStringAsync($"/ke-hoach/{s.PlanId}");
        var form = await standing.GetStringAsync($"/ke-hoach/{s.PlanId}/thoi-han/{task}");
        var posted = await standing.PostAsync($"/ke-hoach/{s.PlanId}/thoi-han/{task}", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Token().Match(form).Groups[1].Value), new("_handler", "deadline"),
            new("Form.OccurredOn", occurred.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)), new("Form.DueDate", ""),
            new("Form.Note", "Kế hoạch 30/KH-UBND"), new("Form.Version", ""),
        ]));
        var leaderForm = await leader.GetAsync($"/ke-hoach/{s.PlanId}/thoi-han/{task}");

        Assert.Contains("Chưa ghi nhận sự kiện", planPage, StringComparison.Ordinal);
        Assert.Contains($"/ke-hoach/{s.PlanId}/thoi-han/{task}", planPage, StringComparison.Ordinal);
        Assert.Contains("Chưa ghi nhận sự kiện", leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/thoi-han/{task}", leaderPage, StringComparison.Ordinal);
        Assert.True(posted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, posted.StatusCode.ToString());
        Assert.NotEqual(HttpStatusCode.OK, leaderForm.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(occurred.AddDays(30), await db.PlanTasks.Where(t => t.Id == task).Select(t => t.DueDate).SingleAsync());
    }

    [Fact]
    public async Task The_form_records_the_event_for_the_ticked_tasks_too_each_with_its_own_span()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        var task = await PlanRows.AddTaskAsync(app, s.PlanId, "1.2", "Xây dựng kế hoạch", "Sau khi có Kế hoạch của UBND tỉnh", s.CommuneA);
        var same = await PlanRows.AddTaskAsync(app, s.PlanId, "2.4", "Tuyên truyền", "Trong vòng 15 ngày sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneB);
        var unticked = await PlanRows.AddTaskAsync(app, s.PlanId, "2.5", "Rà soát", "Sau khi UBND tỉnh ban hành Kế hoạch", s.CommuneB);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var occurred = s.Today.AddDays(-2);
        var form = await standing.GetStringAsync($"/ke-hoach/{s.PlanId}/thoi-han/{task}");

        var posted = await standing.PostAsync($"/ke-hoach/{s.PlanId}/thoi-han/{task}", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Token().Match(form).Groups[1].Value), new("_handler", "deadline"),
            new("Form.OccurredOn", occurred.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)), new("Form.DueDate", ""),
            new("Form.Note", ""), new("Form.Version", ""), new("also", same.ToString()),
        ]));

        Assert.True(posted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, posted.StatusCode.ToString());
        await using var scope = app.Services.CreateAsyncScope();
        var due = await scope.ServiceProvider.GetRequiredService<AppDbContext>().PlanTasks.Where(t => t.PlanId == s.PlanId)
            .ToDictionaryAsync(t => t.Id, t => t.DueDate);
        Assert.Equal(occurred.AddDays(30), due[task]);
        Assert.Equal(occurred.AddDays(15), due[same]);
        Assert.Null(due[unticked]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
