using System.Net;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Tasks.Pages;

public sealed class MyTasksPageTests
{
    private static int IndexOf(string page, Guid task) => page.IndexOf($"data-task=\"{task}\"", StringComparison.Ordinal);

    [Fact]
    public async Task My_tasks_are_ordered_by_due_date_and_filtered_by_the_query_string()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);

        var all = await officer.GetStringAsync("/nhiem-vu");
        var soon = await officer.GetStringAsync("/nhiem-vu?han=3");
        var byPlan = await officer.GetStringAsync($"/nhiem-vu?ke-hoach={s.PlanId}&xep=ke-hoach");

        Assert.True(IndexOf(all, s.TaskShared) >= 0 && IndexOf(all, s.TaskShared) < IndexOf(all, s.TaskA)); // due in 2 days, then in 5
        Assert.True(IndexOf(soon, s.TaskShared) >= 0);
        Assert.Equal(-1, IndexOf(soon, s.TaskA));
        Assert.Contains("value=\"3\" selected", soon, StringComparison.Ordinal);
        Assert.True(IndexOf(byPlan, s.TaskA) >= 0 && IndexOf(byPlan, s.TaskA) < IndexOf(byPlan, s.TaskShared)); // 1.1 before 2.1
        Assert.Contains($"value=\"{s.PlanId}\" selected", byPlan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_so_in_vietnamese_and_bad_values_are_ignored()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);

        var none = PageForms.Text(await officer.GetStringAsync("/nhiem-vu?trang-thai=done"));
        var overdue = PageForms.Text(await officer.GetStringAsync("/nhiem-vu?han=qua-han"));
        using var garbage = await officer.GetAsync("/nhiem-vu?ke-hoach=abc&han=-9&xep=zzz&trang-thai=%3Cb%3E");

        Assert.Contains("Không có nhiệm vụ nào khớp bộ lọc đã chọn.", none, StringComparison.Ordinal);
        Assert.Contains("Không có nhiệm vụ nào khớp bộ lọc đã chọn.", overdue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
        Assert.True(IndexOf(await garbage.Content.ReadAsStringAsync(), s.TaskA) >= 0);
    }
}
