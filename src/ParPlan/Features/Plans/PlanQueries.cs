using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Plans;

/// <summary>Read side of plans: explicit projections, no tracking.</summary>
public sealed class PlanQueries(AppDbContext db, Organisation.OrgQueries org)
{
    /// <param name="upper">Governments above the user's: their plans are listed once issued (read from below).</param>
    public async Task<IReadOnlyList<PlanListItem>> ListAsync(IReadOnlyCollection<Guid>? governments, IReadOnlyCollection<Guid>? upper = null,
        CancellationToken ct = default)
    {
        var query = db.Plans.AsNoTracking();
        if (governments is not null)
        {
            var above = upper ?? [];
            query = query.Where(p => governments.Contains(p.GovernmentId) || (above.Contains(p.GovernmentId) && p.Status != PlanStatus.Draft));
        }

        var rows = await query
            .Join(db.Units, p => p.GovernmentId, u => u.Id, (p, u) => new { p, u.Name })
            .Select(x => new { x.p.Id, x.p.Title, x.p.Number, x.p.Status, x.p.PeriodFrom, x.p.PeriodTo, x.p.GovernmentId, x.Name, x.p.IssuedOn })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.PeriodFrom).ThenBy(r => r.Title)
            .Select(r => new PlanListItem(r.Id, r.Title, r.Number, StatusText(r.Status), r.PeriodFrom, r.PeriodTo, r.GovernmentId, r.Name, r.IssuedOn))
            .ToList();
    }

    public async Task<PlanDetail?> DetailAsync(Guid id, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Join(db.Units, p => p.GovernmentId, u => u.Id, (p, u) => new { p, u.Name })
            .FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var p = plan.p;
        var areas = await db.PlanAreas.AsNoTracking().Where(a => a.PlanId == id).OrderBy(a => a.Order)
            .Select(a => new PlanAreaDto(a.Code, a.Heading, a.StatedTaskCount)).ToListAsync(ct);
        var targets = await db.PlanTargets.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Order)
            .Select(t => new PlanTargetDto(t.Id, t.AreaCode, t.Text, t.Comparator, t.Value, t.Unit, t.Level, t.Stretch, t.Source, t.BaselineYear, t.IndicatorCode))
            .ToListAsync(ct);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Order)
            .Select(t => new
            {
                t.Id, t.Ref, t.AreaCode, t.Title, t.Objective, t.ActivitiesJson, t.OutputsJson, t.LeadTextJson, t.SupportTextJson, t.ScheduleJson,
                t.ScheduleText, t.Funding, t.Status, t.Percent, t.DueDate, t.Version, t.ParentTaskId,
            })
            .ToListAsync(ct);
        var taskIds = tasks.Select(t => t.Id).ToList();
        var assignments = await db.TaskAssignments.AsNoTracking().Where(a => taskIds.Contains(a.TaskId))
            .Select(a => new { a.TaskId, a.UnitId, a.Role }).ToListAsync(ct);
        var dtos = tasks.Select(t => new PlanTaskDto(t.Id, t.Ref, t.AreaCode, t.Title, t.Objective, PlanJsonText.ReadList(t.ActivitiesJson),
                PlanJsonText.ReadList(t.OutputsJson), PlanJsonText.ReadList(t.LeadTextJson), PlanJsonText.ReadList(t.SupportTextJson),
                JsonSerializer.SerializeToElement(PlanJsonText.ReadSchedule(t.ScheduleJson, t.ScheduleText), Core.Plans.PlanJson.Options), t.Funding,
                assignments.Where(a => a.TaskId == t.Id && a.Role == AssignmentRole.Lead).Select(a => a.UnitId).ToList(),
                assignments.Where(a => a.TaskId == t.Id && a.Role == AssignmentRole.Support).Select(a => a.UnitId).ToList(),
                t.Status.ToText(), t.Percent, t.DueDate, t.Version, t.ParentTaskId))
            .ToList();
        return new PlanDetail(p.Id, p.GovernmentId, plan.Name, p.Title, p.Number, p.IssuedOn, p.Signer, p.PeriodFrom, p.PeriodTo, p.ParentPlanReference,
            p.ParentPlanId, StatusText(p.Status), p.RevisionNumber, p.Version, p.SourceFileName, PlanJsonText.ReadNotices(p.WarningsJson), areas, targets, dtos);
    }

    public async Task<IReadOnlyList<PlanRevisionDto>> RevisionsAsync(Guid planId, CancellationToken ct = default)
    {
        var rows = await db.PlanRevisions.AsNoTracking().Where(r => r.PlanId == planId).OrderByDescending(r => r.Number)
            .Select(r => new { r.Number, r.Reason, r.DiffJson, r.CreatedBy, r.CreatedAt }).ToListAsync(ct);
        return rows.Select(r => new PlanRevisionDto(r.Number, r.Reason, PlanJsonText.ReadList(r.DiffJson), r.CreatedBy, r.CreatedAt)).ToList();
    }

    /// <summary>The governments (province, district, commune) in force on <paramref name="today"/>, by code: those a plan
    /// may be imported for. Only administrators are offered the list; the upload checks the write scope again.</summary>
    public async Task<IReadOnlyList<GovernmentChoice>> GovernmentsAsync(DateOnly today, CancellationToken ct = default) =>
        (await org.GovernmentsAsync(today, ct)).Select(g => new GovernmentChoice(g.Id, g.Name)).ToList();

    /// <summary>Names of units for display (assignments).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> UnitNamesAsync(IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var list = ids.Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    public static string StatusText(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "draft",
        PlanStatus.Issued => "issued",
        PlanStatus.Revised => "revised",
        PlanStatus.Closed => "closed",
        _ => status.ToString(),
    };

    /// <summary>The Vietnamese label of a plan status code (<see cref="Core.Labels.PlanStatusLabels"/>).</summary>
    public static string StatusName(string status) => Core.Labels.PlanStatusLabels.Label(status);
}
