using System.Net;
using ParPlan.Components.Layout;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Dashboard;

public sealed class DashboardPageTests
{
    [Fact]
    public async Task Overdue_tasks_have_their_own_colour_in_the_server_drawn_bars_with_one_shared_legend()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        app.Time.Advance(TimeSpan.FromDays(3)); // the shared task (due in 2 days) is now overdue
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);

        var page = await leader.GetStringAsync("/bang-dieu-khien");
        var areaChart = page[page.IndexOf("data-chart=\"linh-vuc\"", StringComparison.Ordinal)..];
        areaChart = areaChart[..areaChart.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.Contains("<svg", areaChart, StringComparison.Ordinal);
        Assert.Contains(AppTheme.OverdueColour, areaChart, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("class=\"pp-legend\"", areaChart, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", WebUtility.HtmlDecode(areaChart), StringComparison.Ordinal);
        Assert.Contains("data-count=\"overdue\">1<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", areaChart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_period_is_picked_from_a_list_of_vietnamese_periods_and_the_pick_is_kept()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var year = s.Today.Year;

        var page = WebUtility.HtmlDecode(await leader.GetStringAsync($"/bang-dieu-khien?ky={year}-H1"));

        Assert.Contains("<select name=\"ky\"", page, StringComparison.Ordinal);
        Assert.Contains($">Quý I/{year}<", page, StringComparison.Ordinal);
        Assert.Contains($">9 tháng đầu năm {year}<", page, StringComparison.Ordinal);
        Assert.Contains($">Năm {year}<", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{year}-H1\" selected", page, StringComparison.Ordinal);
        Assert.DoesNotContain("placeholder=\"2026-Q1", page, StringComparison.Ordinal);
        Assert.Contains($"/api/dashboard/xlsx?period={year}-H1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_dashboard_sections_say_that_they_are_empty()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        await RunPlanScenario.CreateAsync(app);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);

        var page = WebUtility.HtmlDecode(await leader.GetStringAsync("/bang-dieu-khien"));

        Assert.Contains("Không có nhiệm vụ nào quá hạn.", page, StringComparison.Ordinal);
        Assert.Contains("Chưa có nhiệm vụ nào hoàn thành.", page, StringComparison.Ordinal);
    }
}
