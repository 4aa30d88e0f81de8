using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Indicators;
using ParPlan.Features.Plans;
using ParPlan.Tests.Features.Tasks;
using static ParPlan.Tests.Features.Reports.ReportApi;

namespace ParPlan.Tests.Features.Reports;

/// <summary>A government's report states its plans' targets: a target linked to a catalogue indicator with the actual
/// and attainment of the period, the others as having no figure yet.</summary>
public sealed class ReportTargetsTests
{
    private const string Linked = "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình đạt từ 80% trở lên";
    private const string Unlinked = "Ban hành kế hoạch tuyên truyền CCHC trước ngày 31/01";

    [Fact]
    public async Task A_province_report_quotes_its_plans_targets_with_the_actual_of_the_linked_indicator()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.PlanTargets.Add(new PlanTarget
            {
                PlanId = s.PlanId, Order = 1, AreaCode = "digital-government", Text = Linked, Comparator = ">=", Value = 80, Unit = "%",
                IndicatorCode = IndicatorCodes.FullOnlineProvisionRate, IndicatorLink = IndicatorLinkStatus.Confirmed,
            });
            db.PlanTargets.Add(new PlanTarget { PlanId = s.PlanId, Order = 2, AreaCode = "direction", Text = Unlinked, Comparator = ">=", Value = 1, Unit = "văn bản" });
            db.Set<IndicatorActual>().Add(new IndicatorActual
            {
                UnitId = s.Province, Period = Q3(s), IndicatorCode = IndicatorCodes.FullOnlineProvisionRate, Value = 85,
                SourceNote = "Cổng dịch vụ công của tỉnh", EnteredAt = app.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var report = await GetAsync(standing, await StartAsync(standing, s.Province, Q3(s)));

        var targets = report.GetProperty("figures").GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal([Linked, Unlinked], targets.Select(t => t.GetProperty("text").GetString()));
        Assert.Equal(85m, targets[0].GetProperty("actual").GetDecimal());
        Assert.Equal(JsonValueKind.Null, targets[1].GetProperty("actual").ValueKind);
        var text = string.Join('\n', report.GetProperty("sections").EnumerateArray().Select(x => x.GetProperty("text").GetString()));
        Assert.Contains($"Chỉ tiêu \"{Linked}\" (mục tiêu 80%): thực hiện 85%", text, StringComparison.Ordinal);
        Assert.Contains($"Chỉ tiêu \"{Unlinked}\" (mục tiêu 1 văn bản): chưa có số liệu thực hiện", text, StringComparison.Ordinal);
    }
}
