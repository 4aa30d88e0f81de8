using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Core.Plans;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Indicators;

/// <summary>Reads precomputed indicator values for the API, the board, its drill-downs and the export. An empty rate is
/// stored as no row (<see cref="EmptyRates"/>) and read back as 0 / 0 with an empty value wherever the unit's values were
/// computed.</summary>
public sealed class IndicatorQueries(AppDbContext db, IOrgTree tree, PlanTargetLinker planTargets, Surveys.SurveySectorBoard sectorFloors, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<IndicatorOptions> options)
{
    /// <summary>The government and each unit below it on the period's last day.</summary>
    public async Task<List<IndicatorValueDto>> ValuesAsync(Guid governmentId, ReportingPeriod period, CancellationToken ct = default)
    {
        var units = await UnitsAsync(governmentId, period, ct);
        var codes = units.Keys.ToList();
        var values = await db.Set<StoredIndicatorValue>().AsNoTracking()
            .Where(v => v.Period == period.Code && v.Field == "" && codes.Contains(v.UnitCode) && !v.Code.StartsWith(IndicatorComputer.Estimate766Prefix)
                && !v.Code.StartsWith(IndicatorComputer.OutsideDatesPrefix))
            .Select(v => new IndicatorValueDto(v.Code, Guid.Empty, v.UnitCode, v.Period, v.Numerator, v.Denominator, v.Value)).ToListAsync(ct);

        // The empty rates of every unit the computation covered (EmptyRates), in code order within the unit (ordinal, on both providers).
        var empty = EmptyRates.Of(options.Value.ResolveConvention());
        if (empty.Marker is { } marker)
        {
            var present = values.Select(v => (v.UnitCode, v.Code)).ToHashSet();
            values.AddRange(values.Where(v => v.Code == marker).SelectMany(v => empty.Rates.Where(r => !present.Contains((v.UnitCode, r)))
                .Select(r => new IndicatorValueDto(r, Guid.Empty, v.UnitCode, period.Code, 0, 0, null))).ToList());
        }

        return values.OrderBy(v => v.UnitCode, StringComparer.Ordinal).ThenBy(v => v.Code, StringComparer.Ordinal)
            .Select(v => v with { UnitId = units[v.UnitCode].Id }).ToList();
    }

    public Task<bool> UnitExistsAsync(Guid unitId, CancellationToken ct = default) => db.Units.AnyAsync(u => u.Id == unitId, ct);

    public async Task<Board?> BoardAsync(Guid governmentId, ReportingPeriod period, CancellationToken ct = default)
    {
        var gov = await db.Units.AsNoTracking().Where(u => u.Id == governmentId).Select(u => new { u.Id, u.Code, u.Name, u.Level }).FirstOrDefaultAsync(ct);
        if (gov is null) return null;
        var level = Enum.TryParse<GovernmentLevel>(gov.Level.ToString(), out var l) ? l : GovernmentLevel.Unknown;
        var months = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(period.Year, m).Code).ToList();
        var stored = await db.Set<StoredIndicatorValue>().AsNoTracking()
            .Where(v => v.Year == period.Year && v.UnitCode == gov.Code && v.Field == "" && (v.Period == period.Code || months.Contains(v.Period)))
            .Select(v => new { v.Code, v.Period, v.Numerator, v.Denominator, v.Value }).ToListAsync(ct);
        var targets = await db.Set<IndicatorTarget>().AsNoTracking().Where(t => t.GovernmentId == governmentId && t.Year == period.Year).ToListAsync(ct);
        targets.AddRange(await planTargets.BoardTargetsAsync(governmentId, gov.Code, period.Year, ct));
        var actuals = await db.Set<IndicatorActual>().AsNoTracking().Where(a => a.UnitId == governmentId && a.Period == period.Code).ToListAsync(ct);
        var elapsed = ElapsedShare(period);
        var empty = EmptyRates.Of(options.Value.ResolveConvention());
        var computed = empty.Marker is { } marker && stored.Any(v => v.Code == marker && v.Period == period.Code);

        var rows = new List<BoardRow>();
        foreach (var def in IndicatorCatalog.All)
        {
            var mine = targets.Where(t => t.IndicatorCode == def.Code).ToList();
            var manual = actuals.FirstOrDefault(a => a.IndicatorCode == def.Code);
            var current = stored.FirstOrDefault(v => v.Code == def.Code && v.Period == period.Code);
            if (def.IsManual && mine.Count == 0 && manual is null) continue;
            var emptyRate = !def.IsManual && current is null && computed && empty.IsRate(def.Code); // stored as no row (EmptyRates)
            if (!def.IsManual && current is null && !emptyRate && mine.Count == 0) continue;
            var value = def.IsManual ? manual?.Value : current?.Value;
            var trend = months.Select(m => stored.FirstOrDefault(v => v.Code == def.Code && v.Period == m)?.Value).ToList();
            var baseline = mine.Select(t => t.Baseline).FirstOrDefault(b => b is not null);
            var attainment = TargetAttainment.Evaluate(mine.Select(t => t.ToPlanTarget()), level, value,
                new AttainmentOptions { ElapsedShare = elapsed, Baseline = baseline });
            rows.Add(new BoardRow(def.Code, def.Name, def.Unit, !def.IsManual, emptyRate ? 0 : current?.Numerator, emptyRate ? 0 : current?.Denominator, value, trend,
                mine.FirstOrDefault(t => !t.Stretch) ?? mine.FirstOrDefault(), attainment, manual?.SourceNote));
        }

        var estimate = stored.Where(v => v.Period == period.Code && v.Code.StartsWith(IndicatorComputer.Estimate766Prefix, StringComparison.Ordinal))
            .Select(v => Estimate(v.Code[IndicatorComputer.Estimate766Prefix.Length..], v.Value, v.Denominator))
            .OrderBy(e => e.Group == Decision766GroupLabels.TotalCode ? 1 : 0).ToList();
        long Outside(string code) => stored.FirstOrDefault(v => v.Period == period.Code && v.Code == code)?.Numerator ?? 0;
        return new Board(gov.Id, gov.Code, gov.Name, period, rows, estimate)
        {
            OutsideUnitDates = new OutsideDatesCount(Outside(IndicatorComputer.OutsideDatesReceived), Outside(IndicatorComputer.OutsideDatesFinished)),
            SectorFloors = period == ReportingPeriod.ForYear(period.Year) ? await sectorFloors.RowsAsync(governmentId, period.Year, ct) : [],
        };
    }

    public async Task<List<UnitValueRow>> UnitValuesAsync(Guid governmentId, ReportingPeriod period, string code, CancellationToken ct = default)
    {
        var units = await UnitsAsync(governmentId, period, ct);
        var codes = units.Keys.ToList();
        // An empty rate has no row: the units the computation covered (EmptyRates' marker) without one have it empty.
        var empty = EmptyRates.Of(options.Value.ResolveConvention());
        var marker = empty.IsRate(code) ? empty.Marker! : code;
        var stored = await db.Set<StoredIndicatorValue>().AsNoTracking()
            .Where(v => v.Period == period.Code && v.Field == "" && (v.Code == code || v.Code == marker) && codes.Contains(v.UnitCode))
            .Select(v => new { v.Code, v.UnitCode, v.Numerator, v.Denominator, v.Value }).ToListAsync(ct);
        var values = stored.Where(v => v.Code == code).ToList();
        if (marker != code)
        {
            var present = values.Select(v => v.UnitCode).ToHashSet(StringComparer.Ordinal);
            values.AddRange(stored.Where(v => v.Code == marker && !present.Contains(v.UnitCode)).Select(v => new { Code = code, v.UnitCode, Numerator = 0L, Denominator = (long?)0L, Value = (decimal?)null }));
        }

        return values.Select(v => new UnitValueRow(units[v.UnitCode].Id, v.UnitCode, units[v.UnitCode].Name, v.Numerator, v.Denominator, v.Value))
            .OrderBy(v => v.UnitCode == units.First().Key ? 0 : 1).ThenBy(v => v.UnitCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>The dossiers behind a unit's number: those of the unit and of every unit that rolls up into it on the
    /// period's last day (<see cref="UnitHierarchy"/>, also for units that did not exist yet), selected as the number's
    /// denominator counts them (<see cref="DossierDrillDown"/>; for a count, the counted dossiers), or only its numerator,
    /// or the rest of the denominator. Paged, 50 a page. Snapshots of a period still running are taken now.</summary>
    public async Task<DossierList> DossiersAsync(Guid unitId, ReportingPeriod period, string code, int page,
        DrillDownPart part = DrillDownPart.All, CancellationToken ct = default)
    {
        var snapshot = await OrgUnitHierarchy.LoadAsync(db, ct);
        var now = time.GetUtcNow();
        if (!snapshot.CodesById.TryGetValue(unitId, out var unitCode)
            || DossierDrillDown.For(code, options.Value.ResolveConvention(), period, now) is not { } drill)
        {
            return new DossierList([], 0, 0);
        }

        var outside = snapshot.IdsByCode.Keys.Where(c => UnitHierarchy.IsWithin(snapshot.Hierarchy, c, unitCode, period.To)
            && snapshot.Hierarchy.RollUpOf(c, period.To).OutsideDates).ToList();
        var codes = snapshot.IdsByCode.Keys.Where(c => UnitHierarchy.IsWithin(snapshot.Hierarchy, c, unitCode, period.To)).ToList();
        var to = Core.Dossiers.DossierCodes.LocalStartOfDay(period.To.AddDays(1));
        var end = now < to ? now : to;
        var query = db.Set<Dossier>().AsNoTracking();
        if (codes.Count < snapshot.IdsByCode.Count) query = query.Where(d => codes.Contains(d.UnitCode)); // a province holds every unit
        query = query.Where(DossierDrillDown.Select(drill.Denominator, drill.Numerator, part));

        // One scan counts both: the table has no index by unit and date (see docs/indicators.md).
        var (total, outsideCount) = (0, 0);
        if (outside.Count == 0)
        {
            total = await query.CountAsync(ct);
        }
        else if (await query.GroupBy(_ => 1).Select(g => new { Total = g.Count(), Outside = g.Count(d => outside.Contains(d.UnitCode)) })
                     .FirstOrDefaultAsync(ct) is { } counts)
        {
            (total, outsideCount) = (counts.Total, counts.Outside);
        }

        var items = await query.OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id).Skip(Math.Max(0, page - 1) * 50).Take(50)
            .LeftJoin(db.Set<DossierProcedure>(), d => d.ProcedureId, p => (int?)p.Id, (d, p) => new { d, p })
            .OrderBy(x => x.d.ReceivedAt).ThenBy(x => x.d.Id)
            .Select(x => new DossierListItem(x.d.Code, x.d.UnitCode, x.p == null ? null : x.p.Name, x.p == null ? null : x.p.Field,
                x.d.ReceivedAt, x.d.DueAt, x.d.FinishedAt, x.d.Status.ToString(), x.d.FinishedAt > x.d.DueAt,
                x.d.Apology != null && x.d.Apology.Complete ? true : x.d.Apologised,
                x.d.DueAt < end && (x.d.FinishedAt >= end
                    || (x.d.FinishedAt == null && (x.d.Status == DossierStatus.InProcess || x.d.Status == DossierStatus.AwaitingAdditions))))
                { Id = x.d.Id })
            .ToListAsync(ct);
        var unitCodes = items.Select(i => i.UnitCode).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).Select(u => new { u.Code, u.Name })
            .ToDictionaryAsync(u => u.Code, u => u.Name, StringComparer.Ordinal, ct);
        items = items.Select(i => i with { UnitName = names.GetValueOrDefault(i.UnitCode) ?? "Đơn vị không còn trong danh mục" }).ToList();
        return new DossierList(items, total, outsideCount);
    }

    private async Task<Dictionary<string, (Guid Id, string Name)>> UnitsAsync(Guid governmentId, ReportingPeriod period, CancellationToken ct)
    {
        var ids = (await tree.SubtreeAsync(governmentId, period.To, ct)).ToList();
        if (!ids.Contains(governmentId)) ids.Insert(0, governmentId);

        // Units that did not exist on the period's last day but roll up into the government (e.g. communes created on
        // 1/7/2025, for earlier periods): their values are part of its total, so they are listed with it.
        var snapshot = await OrgUnitHierarchy.LoadAsync(db, ct);
        if (snapshot.CodesById.TryGetValue(governmentId, out var root))
        {
            ids.AddRange(snapshot.IdsByCode.Where(u => !ids.Contains(u.Value) && snapshot.Hierarchy.RollUpOf(u.Key, period.To) is { OutsideDates: true } r
                && r.Ancestors.Contains(root)).Select(u => u.Value));
        }

        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        return units.OrderBy(u => u.Id == governmentId ? 0 : 1).ToDictionary(u => u.Code, u => (u.Id, u.Name), StringComparer.Ordinal);
    }

    /// <summary>A stored group score with its maximum (the sum's maximum is stored as its denominator).</summary>
    private static Estimate766Row Estimate(string group, decimal? points, long? storedMax) =>
        new(group, points, group == Decision766GroupLabels.TotalCode ? storedMax
            : Enum.GetValues<Decision766Group>().Where(g => Decision766GroupLabels.Code(g) == group).Select(g => (decimal?)Decision766Estimator.MaxPoints(g)).FirstOrDefault());

    private decimal ElapsedShare(ReportingPeriod period)
    {
        var today = VietnamTime.Today(time);
        if (today > period.To) return 1m;
        if (today < period.From) return 0m;
        var days = period.To.DayNumber - period.From.DayNumber + 1;
        return (decimal)(today.DayNumber - period.From.DayNumber + 1) / days;
    }
}
