using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Core.Reports;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Organisation;
using ParPlan.Features.Indicators;
using ParPlan.Features.Plans;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Reports;

/// <summary>
/// Reads a report's inputs from the store and hands them to <see cref="ReportFigureBuilder"/>, which counts as of the
/// window's end. An agency's report covers the tasks it leads in issued plans running in the window; a government's
/// report covers its own plans' tasks and the tasks it or its own agencies lead in plans of the level above. Evidence
/// documents are those of these tasks dated in the window; dossier indicators are computed from the dossiers of the unit
/// and the units under it over the report's exact window (<see cref="WindowIndicators"/>), not the calendar period. A
/// government's report also states its own plans' targets, with the actual and attainment the indicator board shows for
/// the period where a target is linked to a catalogue indicator.
/// </summary>
public sealed class ReportData(AppDbContext db, ReportUnits units, IndicatorQueries boards, OrgTree tree)
{
    public async Task<ReportFigures> FiguresAsync(UnitInfo unit, DataWindow window, string periodCode, CancellationToken ct = default)
    {
        var leaders = new List<Guid> { unit.Id };
        if (unit.IsGovernment)
        {
            leaders.AddRange((await units.ChildrenAsync(unit.Id, window.To, ct)).Where(c => !c.IsGovernment).Select(c => c.Id));
        }

        var plans = db.Plans.AsNoTracking()
            .Where(p => p.Status != PlanStatus.Draft && p.PeriodFrom <= window.To && p.PeriodTo >= window.From);
        var led = db.TaskAssignments.AsNoTracking().Where(a => a.Role == AssignmentRole.Lead && leaders.Contains(a.UnitId)).Select(a => a.TaskId);
        var isGovernment = unit.IsGovernment;
        var counted = db.PlanTasks.AsNoTracking()
            .Join(plans, t => t.PlanId, p => p.Id, (t, p) => new { t, p.GovernmentId })
            .Where(x => led.Contains(x.t.Id) || (isGovernment && x.GovernmentId == unit.Id))
            .Select(x => x.t);
        var tasks = await counted
            .Select(t => new { t.Id, t.Ref, t.AreaCode, t.Title, t.DueDate, t.Status, t.ClosedAt, t.Order })
            .ToListAsync(ct);

        // The lead names, start days and evidence of the counted tasks, joined in the database (a province counts thousands).
        var leads = (await db.TaskAssignments.AsNoTracking()
                .Where(a => a.Role == AssignmentRole.Lead)
                .Join(counted, a => a.TaskId, t => t.Id, (a, t) => a)
                .Join(db.Units.AsNoTracking(), a => a.UnitId, u => u.Id, (a, u) => new { a.TaskId, u.Name })
                .ToListAsync(ct))
            .GroupBy(a => a.TaskId)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(a => a.Name).Order(StringComparer.Ordinal)));
        var started = (await db.Set<ProgressEntry>().AsNoTracking().Join(counted, e => e.TaskId, t => t.Id, (e, t) => e)
                .Select(e => new { e.TaskId, e.CreatedAt }).ToListAsync(ct))
            .GroupBy(e => e.TaskId)
            .ToDictionary(g => g.Key, g => Day(g.Min(e => e.CreatedAt)));

        var inputs = tasks.OrderBy(t => t.Order).Select(t => new ReportTaskInput(t.Ref, t.AreaCode, t.Title, t.DueDate,
            started.TryGetValue(t.Id, out var s) ? s : null,
            t.Status is PlanTaskStatus.Done or PlanTaskStatus.DoneLate ? (t.ClosedAt is { } closed ? Day(closed) : DateOnly.MinValue) : null,
            leads.GetValueOrDefault(t.Id, unit.Name)));

        var evidence = await db.Set<Evidence>().AsNoTracking().Join(counted, e => e.TaskId, t => t.Id, (e, t) => e)
            .Where(e => e.DocumentNumber != null && e.DocumentDate != null
                && e.DocumentDate >= window.From && e.DocumentDate <= window.To)
            .Select(e => new { e.DocumentNumber, e.DocumentDate, e.Title })
            .ToListAsync(ct);

        var indicators = WindowIndicators.Rates(window, await DossiersAsync(unit, window, ct), IndicatorLabels.Label);

        var targets = unit.IsGovernment ? await TargetsAsync(unit.Id, plans, periodCode, ct) : [];
        return ReportFigureBuilder.Build(window, inputs, targets,
            indicators: indicators,
            evidence: evidence.DistinctBy(e => (e.DocumentNumber, e.DocumentDate)).Select(e => new EvidenceInput(e.DocumentNumber!, e.DocumentDate!.Value, e.Title)));
    }

    /// <summary>The targets of the government's own plans in the window, in plan order; linked ones carry the board's actual
    /// and attainment for the period, the others say there is no figure yet.</summary>
    private async Task<List<ReportTargetInput>> TargetsAsync(Guid governmentId, IQueryable<Plan> plans, string periodCode, CancellationToken ct)
    {
        var targets = await db.Set<PlanTarget>().AsNoTracking()
            .Join(plans.Where(p => p.GovernmentId == governmentId), t => t.PlanId, p => p.Id, (t, p) => new { t, p.PeriodFrom })
            .OrderBy(x => x.PeriodFrom).ThenBy(x => x.t.Order)
            .Select(x => new { x.t.Text, x.t.AreaCode, x.t.Comparator, x.t.Value, x.t.Unit, x.t.IndicatorCode })
            .ToListAsync(ct);
        var board = targets.Any(t => t.IndicatorCode is not null) && ReportingPeriod.TryParse(periodCode, out var period)
            ? await boards.BoardAsync(governmentId, period, ct)
            : null;
        return targets.Select(t => board?.Rows.FirstOrDefault(r => r.Code == t.IndicatorCode) is { } row
                ? new ReportTargetInput(t.Text, t.AreaCode, t.Comparator, t.Value, t.Unit, row.Value, row.Attainment.Status)
                : new ReportTargetInput(t.Text, t.AreaCode, t.Comparator, t.Value, t.Unit, null, AttainmentStatus.NoData))
            .ToList();
    }

    /// <summary>The dossiers of the unit and the units under it that the window can count: received before its end and
    /// not finished before its start.</summary>
    private async Task<List<DossierRecord>> DossiersAsync(UnitInfo unit, DataWindow window, CancellationToken ct)
    {
        var ids = await tree.SubtreeAsync(unit.Id, window.To, ct);
        var codes = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => u.Code).ToListAsync(ct);
        var start = DossierCodes.LocalStartOfDay(window.From);
        var end = DossierCodes.LocalStartOfDay(window.To.AddDays(1));
        var rows = await db.Set<Dossier>().AsNoTracking()
            .Where(d => codes.Contains(d.UnitCode) && d.ReceivedAt < end && (d.FinishedAt == null || d.FinishedAt >= start))
            .Select(d => new
            {
                d.Code, d.UnitCode, d.ReceivedAt, d.DueAt, d.FinishedAt, d.Status, d.Channel, d.ServiceLevel, d.HasFees, d.PaidOnline,
                d.DossierDigitised, d.ResultDigitised, d.DataReused, Apologised = d.Apology != null && d.Apology.Complete ? true : d.Apologised, d.Rating,
            })
            .ToListAsync(ct);
        return rows.Select(d => new DossierRecord
        {
            Code = d.Code, UnitCode = d.UnitCode, ReceivedAt = d.ReceivedAt, DueAt = d.DueAt, FinishedAt = d.FinishedAt, Status = d.Status,
            Channel = d.Channel, ServiceLevel = d.ServiceLevel, HasFees = d.HasFees, PaidOnline = d.PaidOnline, DossierDigitised = d.DossierDigitised,
            ResultDigitised = d.ResultDigitised, DataReused = d.DataReused, Apologised = d.Apologised, Rating = (byte?)d.Rating,
        }).ToList();
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(VietnamTime.ToLocal(at).DateTime);
}
