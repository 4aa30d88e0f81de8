using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.ParIndex;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Reports;

/// <summary>
/// Reads the PAR INDEX remediation proposals a report quotes (outline I.6; D3: remediation "lồng ghép vào báo cáo định
/// kỳ"): a government's proposals, or the ones an agency leads, for the plan of the window's year, as of the window's
/// end: made, accepted into the plan as tasks, and finished (<see cref="RecordCounts.Remediation"/>).
/// </summary>
public sealed class ReportRemediationRows(AppDbContext db)
{
    public async Task<RemediationFigures> ReadAsync(UnitInfo unit, DataWindow window, CancellationToken ct)
    {
        var id = unit.Id;
        var gov = unit.IsGovernment;
        var year = window.To.Year;
        var rows = await db.Set<ParRemediation>().AsNoTracking()
            .Where(r => (gov ? r.GovernmentId == id : r.LeadUnitId == id) && r.PlanYear == year)
            .GroupJoin(db.PlanTasks.AsNoTracking(), r => r.TaskId, t => t.Id, (r, t) => new { r, t })
            .SelectMany(x => x.t.DefaultIfEmpty(), (x, t) => new
            {
                x.r.PlanYear, x.r.CreatedAt, x.r.Status, x.r.DecidedAt,
                Done = t != null && (t.Status == PlanTaskStatus.Done || t.Status == PlanTaskStatus.DoneLate), ClosedAt = t != null ? t.ClosedAt : null,
            })
            .ToListAsync(ct);
        return RecordCounts.Remediation(rows.Select(r => (r.PlanYear, ReportRecordRows.Day(r.CreatedAt),
            r.Status == ParRemediationStatuses.Accepted && r.DecidedAt is { } decided ? ReportRecordRows.Day(decided) : (DateOnly?)null,
            r.Done && r.ClosedAt is { } closed ? ReportRecordRows.Day(closed) : (DateOnly?)null)), window);
    }
}
