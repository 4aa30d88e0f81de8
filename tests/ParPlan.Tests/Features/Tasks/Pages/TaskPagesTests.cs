using System.Net;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Tasks.Pages;

public sealed class TaskPagesTests
{
    [Fact]
    public async Task The_my_tasks_page_shows_the_units_tasks_with_dd_mm_yyyy_deadlines_and_hides_another_communes_task()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);

        var list = await client.GetStringAsync("/nhiem-vu");
        using var otherResponse = await client.GetAsync($"/nhiem-vu/{s.TaskB}");
        var other = await otherResponse.Content.ReadAsStringAsync();
        var own = await client.GetStringAsync($"/nhiem-vu/{s.TaskA}");

        Assert.Contains("Cải cách thủ tục hành chính tại xã An Bình", list, StringComparison.Ordinal);
        Assert.Contains(s.Today.AddDays(5).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), list, StringComparison.Ordinal);
        Assert.DoesNotContain("Bình Minh", list, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, otherResponse.StatusCode);
        Assert.Contains("Không tìm thấy", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Rà soát văn bản", other, StringComparison.Ordinal);
        Assert.Contains("Gửi báo cáo", own, StringComparison.Ordinal);
        Assert.Contains("Minh chứng (nếu có)", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_page_draws_svg_charts_for_a_leader_and_is_closed_to_a_unit_officer()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        await RunPlanScenario.CreateAsync(app);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);

        var page = await leader.GetStringAsync("/bang-dieu-khien");
        var denied = await officer.GetAsync("/bang-dieu-khien");
        var leaderTask = await leader.GetStringAsync("/nhiem-vu");

        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Tiến độ theo lĩnh vực", page, StringComparison.Ordinal);
        Assert.Contains(">Chỉ đạo, điều hành<", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal); // the area's name, not its code
        Assert.DoesNotContain(">direction<", page, StringComparison.Ordinal);
        Assert.Contains("data-count=\"total\">3<", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.DoesNotContain("Gửi báo cáo", leaderTask, StringComparison.Ordinal);
    }
}
