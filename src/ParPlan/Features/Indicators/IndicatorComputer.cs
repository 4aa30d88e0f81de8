using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Indicators;

/// <summary>Recomputes dossier indicators from the stored dossiers: one streaming pass per year through
/// <see cref="DossierAccumulator"/>, <see cref="IndicatorEngine"/> with the configured convention and the org
/// roll-up, plus Decision 766 estimates. A dossier counts as apologised when the export flags it or when an officer
/// recorded its explanation and apology letter (<see cref="Records.LateDossierApology"/>); the year's <see cref="StoredIndicatorValue"/> rows are replaced in one
/// transaction. After an import only the years it touched are computed (<see cref="TouchedYears"/>), and the import's own
/// rows are not read back when the counts it accumulated still describe them.</summary>
public sealed class IndicatorComputer(AppDbContext db, IOptions<IndicatorOptions> options, AuditActor actor, TimeProvider time)
{
    public const string Estimate766Prefix = "d766.";

    /// <summary>Stored rows (not indicators) saying how many of a unit's dossiers of a period were counted although their
    /// unit did not exist on the period's last day: <c>rollup.outside-unit-dates.received</c> and <c>….finished</c>.</summary>
    public const string OutsideDatesPrefix = "rollup.";
    public const string OutsideDatesReceived = OutsideDatesPrefix + "outside-unit-dates.received";
    public const string OutsideDatesFinished = OutsideDatesPrefix + "outside-unit-dates.finished";

    /// <summary>The accumulator options of every computation: counts as of <paramref name="asOf"/>, no late list.</summary>
    public static DossierAccumulatorOptions AccumulatorOptions(DateTimeOffset asOf) => new() { AsOf = asOf, MaxLateListed = 0 };

    /// <summary>An accumulator for an import that fills an empty store (see <see cref="ImportedCounts"/>).</summary>
    public static DossierYearsAccumulator CreateAccumulator(DateTimeOffset asOf) => new(AccumulatorOptions(asOf));

    /// <summary>Recomputes every year from the stored dossiers.</summary>
    public Task<ComputeSummary> ComputeAsync(CancellationToken ct = default) => ComputeAsync(null, ct);

    /// <summary>After an import: computes only the years it touched (every year when rows of another import still wait
    /// for a computation), using the counts the import accumulated when they still describe its rows; without an
    /// import, every year of the store.</summary>
    public async Task<ComputeSummary> ComputeAsync(ImportedCounts? imported, CancellationToken ct = default)
    {
        // Imports whose rows this computation reads: their flag is cleared afterwards, unless another chunk of theirs
        // committed meanwhile (it changes the batch's version).
        var batches = db.Set<ImportBatch>();
        var pending = await batches.AsNoTracking().Where(b => b.IndicatorsPending).Select(b => new { b.Id, b.Version }).ToListAsync(ct);
        var onlyTouched = imported is not null && pending.All(b => b.Id == imported.BatchId);
        ImportTimings.Mark("chỉ số: đọc các lần nhập chờ tính");
        var summary = await ComputeStoreAsync(onlyTouched ? imported : null, ct);
        foreach (var b in pending)
        {
            await batches.Where(x => x.Id == b.Id && x.Version == b.Version).ExecuteUpdateAsync(s => s.SetProperty(x => x.IndicatorsPending, false), ct);
        }

        ImportTimings.Mark("chỉ số: xoá cờ chờ tính");

        return summary;
    }

    /// <summary>True when an import committed rows that no computation has read yet (e.g. the app stopped between an
    /// import's last commit and its computation).</summary>
    public Task<bool> PendingAsync(CancellationToken ct = default) => db.Set<ImportBatch>().AnyAsync(b => b.IndicatorsPending, ct);

    private async Task<ComputeSummary> ComputeStoreAsync(ImportedCounts? imported, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var sqlite = db.Database.IsSqlite();
        var countsUsable = imported is not null && await UsableAsync(imported, ct);
        ImportTimings.Mark("chỉ số: kiểm tra số đếm của lần nhập");
        var onlyImported = countsUsable && !await db.Set<Dossier>().AnyAsync(d => d.LastBatchId != imported!.BatchId, ct);
        ImportTimings.Mark("chỉ số: kho chỉ có lần nhập này?");
        if (onlyImported)
        {
            // The store holds exactly the import's rows (it wrote every row it counted): its counts are the whole store's.
            // (Asked as "any other row", which stops at the first stored row of an earlier import, instead of a count.)
            var years = imported!.Counts.Build();
            var (seenFast, storedFast, outsideFast) = await StoreAsync(years.Select(y => (y.Year, Task.FromResult((y.Counts, y.Seen)))), ct);
            await DeleteOutsideAsync(years.Count == 0 ? null : (years[0].Year, years[^1].Year), null, ct);
            return new ComputeSummary(years.Select(y => y.Year).ToList(), seenFast, storedFast, clock.Elapsed) { FromImport = true, OnlyTouchedYears = true, OutsideUnitDates = outsideFast };
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            var range = await StoredDossierYears.RangeAsync(connection, sqlite, ct);
            ImportTimings.Mark("chỉ số: khoảng năm của kho");
            List<int> years;
            if (imported is null)
            {
                years = range is { } r ? Enumerable.Range(r.First, r.Last - r.First + 1).ToList() : [];
            }
            else
            {
                // The touched years within the store's range, and the years the range newly reaches (unfinished dossiers
                // stored earlier count in them although no imported row does).
                var touched = imported.Touched;
                var computedUpTo = await db.Set<StoredIndicatorValue>().MaxAsync(v => (int?)v.Year, ct);
                years = range is { } r
                    ? touched.Within(r.First, r.Last).Union(Enumerable.Range(r.First, r.Last - r.First + 1).Where(y => y > (computedUpTo ?? int.MinValue))).Order().ToList()
                    : [];
            }

            var exceptBatch = countsUsable ? imported!.BatchId : (long?)null;
            ImportTimings.Mark("chỉ số: các năm cần tính");
            var (seen, stored, outside) = await StoreAsync(years.Select(year => (year, ReadAsync(year))), ct);
            await DeleteOutsideAsync(range, imported?.Touched, ct);
            ImportTimings.Mark("chỉ số: xoá giá trị ngoài khoảng");
            return new ComputeSummary(years, seen, stored, clock.Elapsed)
            {
                OutsideUnitDates = outside, OnlyTouchedYears = imported is not null, FromImport = countsUsable,
            };

            async Task<(DossierCounts, long)> ReadAsync(int year)
            {
                var accumulator = new DossierAccumulator(year, AccumulatorOptions(time.GetUtcNow()));
                var n = await StoredDossierYears.ReadYearAsync(connection, sqlite, year, accumulator, exceptBatch, ct);
                ImportTimings.Mark($"chỉ số: đọc hồ sơ đã lưu của năm {year}");
                if (exceptBatch is not null)
                {
                    var (counts, importedSeen) = imported!.Counts.BuildYear(year);
                    accumulator.Add(counts, importedSeen);
                    n += importedSeen;
                }

                return (accumulator.Build(), n);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The import's counts describe its rows as stored when it wrote every row it counted, no other import ran
    /// or finished since it started (one could have overwritten its rows), no complete apology was recorded for its rows
    /// (the counts know the file's flags only), and no imported instant lies at or after the instant the counts were taken
    /// as of nor the current one: month-end snapshots then compare the same way with either instant.</summary>
    private async Task<bool> UsableAsync(ImportedCounts imported, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (imported.Written != imported.Counts.Count) return false;
        if (imported.Counts.MaxInstantTicks >= Math.Min(imported.AsOf.UtcTicks, now.UtcTicks)) return false;
        var batches = db.Set<ImportBatch>().AsNoTracking();
        if (await batches.MaxAsync(b => (long?)b.Id, ct) != imported.BatchId) return false;
        if (await batches.AnyAsync(b => b.Id == imported.BatchId ? b.Status != ImportStatus.Completed : b.Status == ImportStatus.Running, ct)) return false;

        // An earlier import that finished while this one ran may have overwritten codes this one had just written.
        // (Few batches: compared in memory, since SQLite cannot compare DateTimeOffset columns.)
        var started = await batches.Where(b => b.Id == imported.BatchId).Select(b => b.StartedAt).FirstAsync(ct);
        var finished = await batches.Where(b => b.Id != imported.BatchId && b.FinishedAt != null).Select(b => b.FinishedAt!.Value).ToListAsync(ct);
        if (finished.Any(f => f >= started)) return false;
        return !await CompletedApologiesOf(db, imported.BatchId).AnyAsync(ct);
    }

    /// <summary>The completed apologies for dossiers last written by <paramref name="batchId"/>: from the apologies (few),
    /// each dossier looked up by its key. (As a join, SQLite read every stored dossier for it.)</summary>
    internal static IQueryable<Records.LateDossierApology> CompletedApologiesOf(AppDbContext db, long batchId) =>
        db.Set<Records.LateDossierApology>().Where(a => a.Complete && db.Set<Dossier>().Any(d => d.Id == a.DossierId && d.LastBatchId == batchId));

    /// <summary>A full computation covers the store's range only: values of years outside it (all, for an empty store)
    /// are removed, as are those of touched years that fell outside it.</summary>
    private async Task DeleteOutsideAsync((int First, int Last)? range, TouchedYears? touched, CancellationToken ct)
    {
        var values = db.Set<StoredIndicatorValue>();
        List<int> years;
        if (touched is null)
        {
            years = range is { } r
                ? await values.Where(v => v.Year < r.First || v.Year > r.Last).Select(v => v.Year).Distinct().ToListAsync(ct)
                : await values.Select(v => v.Year).Distinct().ToListAsync(ct);
        }
        else
        {
            years = range is { } r ? [.. touched.Outside(r.First, r.Last)] : [.. touched.Years];
        }

        if (years.Count == 0) return;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var writer = new IndicatorValueWriter(db.Database.GetDbConnection(), actor, time, options.Value.ResolveConvention().Name);
            foreach (var year in years) await writer.DeleteYearAsync(year, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Runs the engine on each year's counts (each produced when its turn comes) and replaces the year's values.</summary>
    private async Task<(long Seen, long Stored, long Outside)> StoreAsync(IEnumerable<(int Year, Task<(DossierCounts Counts, long Seen)> Counts)> years, CancellationToken ct)
    {
        var hierarchy = (await OrgUnitHierarchy.LoadAsync(db, ct)).Hierarchy;
        ImportTimings.Mark("chỉ số: cây đơn vị");
        var convention = options.Value.ResolveConvention();
        var engine = new IndicatorEngine(new IndicatorEngineOptions { Convention = convention, Hierarchy = hierarchy, ByField = true });
        long seen = 0, stored = 0, outside = 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var writer = new IndicatorValueWriter(db.Database.GetDbConnection(), actor, time, convention.Name);
            foreach (var (year, pending) in years)
            {
                var (counts, n) = await pending;
                seen += n;
                ImportTimings.Mark($"chỉ số: số đếm năm {year}");
                var rows = engine.ComputeYear(counts).Select(v => new ComputedValue(v.Code, v.UnitCode, v.Period, v.Field ?? "", v.Numerator, v.Denominator, v.Value)).ToList();
                foreach (var period in ReportingPeriod.AllOf(year))
                {
                    foreach (var (unit, estimate) in engine.Estimate766(counts, period))
                    {
                        rows.AddRange(estimate.Groups.Select(g => new ComputedValue(Estimate766Prefix + Decision766GroupLabels.Code(g.Group), unit, period.Code, "", 0L, null, g.Points)));
                        rows.Add(new ComputedValue(Estimate766Prefix + Decision766GroupLabels.TotalCode, unit, period.Code, "", 0L, (long)estimate.MaxPoints, estimate.Points));
                    }

                    var notCreated = engine.OutsideUnitDates(counts, period);
                    if (period.FirstMonth == period.LastMonth) outside += notCreated.Total.Received;
                    foreach (var (unit, o) in notCreated.ByUnit)
                    {
                        rows.Add(new ComputedValue(OutsideDatesReceived, unit, period.Code, "", o.Received, null, o.Received));
                        rows.Add(new ComputedValue(OutsideDatesFinished, unit, period.Code, "", o.Finished, null, o.Finished));
                    }
                }

                ImportTimings.Mark($"chỉ số: tính năm {year} ({rows.Count} giá trị)");
                stored += await writer.ReplaceYearAsync(year, rows, ct);
                ImportTimings.Mark($"chỉ số: ghi giá trị năm {year}");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return (seen, stored, outside);
    }
}
