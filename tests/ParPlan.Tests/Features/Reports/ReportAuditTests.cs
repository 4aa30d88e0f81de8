using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Tests.Features.Tasks;
using static ParPlan.Tests.Features.Reports.ReportApi;

namespace ParPlan.Tests.Features.Reports;

/// <summary>Every step of a report is in the audit log with who did it; withdrawing an acceptance keeps its reason.</summary>
public sealed class ReportAuditTests
{
    [Fact]
    public async Task Un_accepting_a_report_is_audited_with_the_user_and_the_reason_like_every_other_step()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var id = await StartAsync(officer, s.CommuneA, CommuneQ3(s));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(officer, id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(standing, id, "accept")).StatusCode);

        var unaccept = await StepAsync(standing, id, "unaccept", "Số liệu hồ sơ được nhập lại");

        Assert.Equal(HttpStatusCode.OK, unaccept.StatusCode);
        Assert.Equal("submitted", (await Json(unaccept)).GetProperty("status").GetString());
        await using var scope = app.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "ReportInstance" && e.EntityKey.Contains(id.ToString())).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(AuditAction.Added, entries[0].Action);
        Assert.Equal(RunPlanScenario.OfficerA, entries[0].UserName);
        var last = entries[^1];
        Assert.Equal(RunPlanScenario.Standing, last.UserName);
        Assert.Contains("Số liệu hồ sơ được nhập lại", last.After, StringComparison.Ordinal);
        Assert.Contains("Hủy tiếp nhận báo cáo", last.After, StringComparison.Ordinal);
        Assert.Equal(4, entries.Count);
    }
}
