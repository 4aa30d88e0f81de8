using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Reports;
using ParPlan.Infrastructure;

namespace ParPlan.Tests.Features.Reports;

/// <summary>Withdrawing a child's waiver from a government's report, on both providers through the real services.</summary>
public sealed class ReportWaiverTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_waiver_withdrawn_with_a_reason_blocks_the_government_report_again_and_is_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        await w.AcceptedReportAsync(w.Communes[0]);

        var (noReason, byOfficer, notWaived, revoked, blocked, view, resubmitted) = await w.InScopeAsync(async (queries, commands) =>
        {
            var id = (await ResultAssert.Ok(commands.StartAsync(w.Standing, new StartReportRequest(w.Province, ReportWorld.Period)))).Id;
            await ResultAssert.Ok(commands.WaiveAsync(w.Standing, id, new WaiveChildRequest(w.Agency, "Sở báo cáo chung với Văn phòng")));
            var noReason = await commands.RevokeWaiverAsync(w.Standing, id, w.Agency, new RevokeWaiverRequest("  "));
            var byOfficer = await commands.RevokeWaiverAsync(w.OfficerOf(w.Communes[0]), id, w.Agency, new RevokeWaiverRequest("Tự bỏ"));
            var notWaived = await commands.RevokeWaiverAsync(w.Standing, id, w.Communes[0], new RevokeWaiverRequest("Không được miễn"));
            var revoked = await ResultAssert.Ok(commands.RevokeWaiverAsync(w.Standing, id, w.Agency, new RevokeWaiverRequest("Sở đã có số liệu riêng", 2)));
            var blocked = await commands.SubmitAsync(w.Standing, id, new ReportActionRequest(revoked.Version));
            var view = await ResultAssert.Ok(queries.GetAsync(w.Standing, id));
            var again = await ResultAssert.Ok(commands.WaiveAsync(w.Standing, id, new WaiveChildRequest(w.Agency, "Sở sáp nhập, báo cáo chung")));
            var resubmitted = await commands.SubmitAsync(w.Standing, id, new ReportActionRequest(again.Version));
            return (noReason, byOfficer, notWaived, revoked, blocked, view, resubmitted);
        });

        Assert.Equal(400, Problems.StatusOf(noReason.Error!));
        Assert.False(byOfficer.IsSuccess);
        Assert.Equal(404, Problems.StatusOf(notWaived.Error!));
        Assert.Equal("Bỏ miễn báo cáo cho Sở Nội vụ", revoked.ChangedWhat);
        Assert.Equal(409, Problems.StatusOf(blocked.Error!));
        Assert.Contains("Sở Nội vụ", blocked.Error!.Message, StringComparison.Ordinal);
        Assert.False(view.Children.Single(c => c.UnitId == w.Agency).Waived);
        Assert.Equal(1, view.Consolidated!.Pending);
        Assert.True(resubmitted.IsSuccess, resubmitted.Error?.Message);
        await database.InScopeAsync(async sp =>
        {
            var entries = await sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
                .Where(e => e.EntityType == "ReportWaiver").OrderBy(e => e.Id).ToListAsync();
            Assert.Single(entries, e => e.Action == AuditAction.Modified && e.After!.Contains("Sở đã có số liệu riêng", StringComparison.Ordinal));
            return 0;
        });
    }
}
