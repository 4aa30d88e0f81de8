using System.Globalization;
using System.Net;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Dashboard;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.FollowUp;

public sealed class FollowUpExportTests
{
    [Fact]
    public async Task The_follow_up_xlsx_lists_each_open_task_once_with_dates_as_dates_and_days_as_numbers()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);

        using var response = await standing.GetAsync("/api/follow-up/xlsx");
        var sheet = XlsxReadBack.Open(await response.Content.ReadAsByteArrayAsync(), "Theo dõi, đôn đốc");
        var header = sheet.RowOf("Nhóm");
        var shared = sheet.RowOf("2.1", "B");
        var a = sheet.RowOf("1.1", "B");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("UBND tỉnh Thử", sheet.Text("A1"), StringComparison.Ordinal);
        Assert.Equal("Ngày xuất: " + s.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), sheet.Text("A3"));
        Assert.Equal(["Nhóm", "Mục", "Nhiệm vụ", "Kế hoạch", "Đơn vị chủ trì", "Trạng thái", "Tiến độ (%)", "Thời hạn", "Số ngày quá hạn", "Số ngày còn lại"],
            Enumerable.Range(0, 10).Select(i => sheet.Text($"{ParPlan.Core.Spreadsheets.XlsxWriter.ColumnName(i)}{header}")));
        Assert.Equal("Đến hạn trong 3 ngày", sheet.Text($"A{shared}"));
        Assert.Equal("Chưa thực hiện", sheet.Text($"F{shared}"));
        Assert.Equal(0, sheet.Number($"G{shared}"));
        Assert.Equal(s.Today.AddDays(2), sheet.Date($"H{shared}"));
        Assert.Equal(2, sheet.Number($"J{shared}"));
        Assert.Equal("Đến hạn trong 7 ngày", sheet.Text($"A{a}"));
        Assert.Equal(10, sheet.Widths.Count);
        Assert.Single(sheet.Cells.Keys, k => k.StartsWith('B') && sheet.Text(k) == "2.1");
    }

    [Fact]
    public async Task The_follow_up_xlsx_is_refused_to_a_unit_officer_and_a_leader()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/follow-up/xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync("/api/follow-up/xlsx")).StatusCode);
    }
}
