using System.Globalization;
using System.Net;
using ParPlan.Core.Spreadsheets;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Dashboard;

public sealed class DashboardExportTests
{
    [Fact]
    public async Task The_dashboard_xlsx_has_a_title_naming_the_government_period_and_day_vietnamese_columns_and_numbers_as_numbers()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var quarter = $"{s.Today.Year}-Q{(s.Today.Month + 2) / 3}";

        using var response = await standing.GetAsync($"/api/dashboard/xlsx?period={quarter}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var totals = XlsxReadBack.Open(bytes, "Tổng hợp");
        var areas = XlsxReadBack.Open(await standing.GetByteArrayAsync("/api/dashboard/xlsx"), "Theo lĩnh vực");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Tổng hợp", "Theo lĩnh vực", "Theo đơn vị chủ trì", "Nhiệm vụ quá hạn"], totals.Sheets);
        Assert.Contains("UBND tỉnh Thử", totals.Text("A1"), StringComparison.Ordinal);
        Assert.StartsWith("Kỳ: Quý ", totals.Text("A2"), StringComparison.Ordinal);
        Assert.Equal("Ngày xuất: " + s.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), totals.Text("A3"));
        var header = totals.RowOf("Chỉ tiêu");
        Assert.Equal("Số nhiệm vụ", totals.Text($"B{header}"));
        Assert.Equal("Tổng số nhiệm vụ", totals.Text($"A{header + 1}"));
        Assert.True(totals.Number($"B{header + 1}") >= 0);
        Assert.All(totals.Widths, w => Assert.True(w >= 10));
        var areaRow = areas.RowOf("Công tác chỉ đạo, điều hành");
        Assert.True(areaRow > 0, "the area's Vietnamese name, not its code");
        Assert.Equal(-1, areas.RowOf("direction"));
        Assert.Equal("Kỳ: Tất cả các kỳ", areas.Text("A2"));
        Assert.Equal(2, areas.Number($"B{areaRow}"));
    }

    [Fact]
    public async Task The_dashboard_xlsx_is_refused_to_a_unit_officer_and_for_a_government_outside_the_users_scope()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        await RunPlanScenario.CreateAsync(app);
        var other = await app.AddUnitAsync("K" + Guid.NewGuid().ToString("N")[..6], "UBND tỉnh Khác", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);

        using var byOfficer = await officer.GetAsync("/api/dashboard/xlsx");
        using var foreign = await leader.GetAsync($"/api/dashboard/xlsx?governmentId={other}");
        using var badPeriod = await leader.GetAsync("/api/dashboard/xlsx?period=quy-1");

        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
    }
}
