using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Indicators;

/// <summary>Recomputes dossier indicators: each year's counts (<see cref="YearCountsBuilder"/>) through
/// <see cref="DossierAccumulator"/>, then <see cref="IndicatorYearValues"/> (engine, roll-up, Decision 766 estimates, the
/// year's <see cref="StoredIndicatorValue"/> rows brought to the computed values in one transaction, writing only what
/// changed). Every step runs plain commands on one connection of its own (<see cref="StoreConnections"/>): no EF query,
/// whose first one in a process costs about two tenths of a second. A dossier counts as apologised when the
/// export flags it or when an officer recorded its explanation and apology letter (<see cref="Records.LateDossierApology"/>).
/// A full computation reads the stored dossiers once per year and keeps each year's clock-independent counts
/// (<see cref="DossierYearCounts"/>). After an import only the years it touched are computed (<see cref="TouchedYears"/>):
/// from the kept counts plus the import's, and the dossiers without a finish date (kept as records beside each year's
/// counts, or read through their partial index), when the kept counts still describe the store; otherwise by reading
/// the years.</summary>
public sealed class IndicatorComputer(StoreConnections connections, IOptions<IndicatorOptions> options, AuditActor actor, TimeProvider time)
{
    private readonly IndicatorYearValues values = new(options, actor, time);

    public const string Estimate766Prefix = "d766.";

    /// <summary>Stored rows (not indicators) saying how many of a unit's dossiers of a period were counted although their
    /// unit did not exist on the period's last day: <c>rollup.outside-unit-dates.received</c> and <c>….finished</c>.</summary>
    public const string OutsideDatesPrefix = "rollup.";
    public const string OutsideDatesReceived = OutsideDatesPrefix + "outside-unit-dates.received";
    public const string OutsideDatesFinished = OutsideDatesPrefix + "outside-unit-dates.finished";

    /// <summary>The accumulator options of every computation: counts as of <paramref name="asOf"/>, no late list.</summary>
    public static DossierAccumulatorOptions AccumulatorOptions(DateTimeOffset asOf) => new() { AsOf = asOf, MaxLateListed = 0 };

    /// <summary>The accumulator an import feeds (see <see cref="ImportedCounts"/>): the counts of its rows with a finish
    /// date, taken without the clock (the rows without a finish date are read back at the computation, as of its
    /// instant).</summary>
    public static DossierYearsAccumulator CreateAccumulator() => new(new DossierAccumulatorOptions { MaxLateListed = 0 }, finishedOnly: true);

    /// <summary>Recomputes every year from the stored dossiers.</summary>
    public Task<ComputeSummary> ComputeAsync(CancellationToken ct = default) => ComputeAsync(null, ct);

    /// <summary>After an import: computes only the years it touched (every year when rows of another import still wait
    /// for a computation), using the counts the import accumulated when they still describe its rows; without an
    /// import, every year of the store.</summary>
    public async Task<ComputeSummary> ComputeAsync(ImportedCounts? imported, CancellationToken ct = default)
    {
        // One plain connection, opened without EF (no EF query is sent on the path). On SQLite its commits do not wait for
        // the disk (NORMAL synchronous in WAL mode, as the import's): the values are derived, and a computation lost with the
        // machine's power leaves its imports pending, so the next start computes them again. The connection's own level is
        // put back before it returns to the pool.
        await using var connection = await connections.OpenAsync(ct);
        await using var durability = connection is Microsoft.Data.Sqlite.SqliteConnection lite ? await SqlitePragmas.NormalSynchronousAsync(lite, ct) : null;

        // Imports whose rows this computation reads: their flag is cleared afterwards, unless another chunk of theirs
        // committed meanwhile (it changes the batch's version).
        var pending = await ImportBatchChecks.PendingAsync(connection, ct);
        var onlyTouched = imported is not null && pending.All(b => b.Id == imported.BatchId);
        ImportTimings.Mark("chỉ số: đọc các lần nhập chờ tính");

        // On SQLite, after an import, the pages its last chunks left in the write-ahead log are copied into the database
        // file on another connection while this one counts (a passive checkpoint waits for no reader or writer): the
        // values' commit then checkpoints only what is left, instead of waiting for the disk with all of it.
        var checkpoint = imported is not null && connection is Microsoft.Data.Sqlite.SqliteConnection ? Task.Run(() => CheckpointAsync(ct), ct) : null;

        // The org tree, which no import changes, is read on another connection (and core) while this one reads the counts.
        var tree = Task.Run(() => TreeAsync(ct), ct);
        try
        {
            var summary = await ComputeStoreAsync(connection, onlyTouched ? imported : null, tree, ct);
            await ImportBatchChecks.ClearPendingAsync(connection, pending, ct);
            ImportTimings.Mark("chỉ số: xoá cờ chờ tính");
            return summary;
        }
        finally
        {
            if (checkpoint is not null) await checkpoint;
            await Task.WhenAny(tree); // a computation that needed no tree does not fail with it
            _ = tree.Exception;
        }
    }

    private async Task<UnitHierarchy> TreeAsync(CancellationToken ct)
    {
        await using var other = await connections.OpenAsync(ct);
        return (await OrgUnitHierarchy.LoadAsync(other, null, ct)).Hierarchy;
    }

    private async Task CheckpointAsync(CancellationToken ct)
    {
        await using var other = await connections.OpenAsync(ct);
        await using var command = StoreCommands.Command(other, null, "PRAGMA wal_checkpoint(PASSIVE)");
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>True when an import committed rows that no computation has read yet (e.g. the app stopped between an
    /// import's last commit and its computation).</summary>
    public async Task<bool> PendingAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await ImportBatchChecks.AnyPendingAsync(connection, ct);
    }

    private async Task<ComputeSummary> ComputeStoreAsync(DbConnection connection, ImportedCounts? imported, Task<UnitHierarchy> tree, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var sqlite = connection is Microsoft.Data.Sqlite.SqliteConnection;
        var now = time.GetUtcNow();
        var maxBatch = await DossierYearCountsStore.MaxBatchAsync(connection, null, ct);
        var apologies = await DossierYearCountsStore.ApologyStampAsync(connection, ct);
        var stamp = new Stamp(now, maxBatch, apologies);
        Dictionary<int, DossierYearCounts>? kept = null;
        var countsUsable = false;
        if (imported is not null)
        {
            kept = await DossierYearCountsStore.BeforeImportAsync(connection, imported.BatchId, apologies, now, ct);
            ImportTimings.Mark("chỉ số: số đếm đã giữ");
            countsUsable = kept is not null && await UsableAsync(connection, imported, now, maxBatch, ct);
            ImportTimings.Mark("chỉ số: kiểm tra số đếm của lần nhập");
        }

        // The kept counts plus the import's: no stored dossier with a finish date is read (none of them was replaced).
        if (kept is not null && countsUsable && !imported!.Replaced.AnyFinished
            && await FromKeptAsync(connection, sqlite, imported, kept, stamp, tree, ct) is { } fast)
        {
            return fast with { Elapsed = clock.Elapsed };
        }

        // Without kept counts that describe the store, every year is read (and kept again).
        return (await ReadYearsAsync(connection, sqlite, kept is null ? null : imported, countsUsable ? imported!.BatchId : null, kept, stamp, tree, ct))
            with { Elapsed = clock.Elapsed };
    }

    /// <summary>The computation's instant, the highest import batch and the recorded apologies, as the kept counts note them.</summary>
    private sealed record Stamp(DateTimeOffset Now, long MaxBatch, string Apologies);

    /// <summary>Reads the stored dossiers of every year of the store's range, or (after an import, with kept counts that
    /// describe the store) of the years it touched; the finished ones the import wrote are not read back when its counts
    /// are usable (<paramref name="exceptFinishedOf"/>).</summary>
    private async Task<ComputeSummary> ReadYearsAsync(DbConnection connection, bool sqlite, ImportedCounts? imported, long? exceptFinishedOf,
        Dictionary<int, DossierYearCounts>? kept, Stamp stamp, Task<UnitHierarchy> tree, CancellationToken ct)
    {
        var range = await StoredDossierYears.RangeAsync(connection, sqlite, ct);
        ImportTimings.Mark("chỉ số: khoảng năm của kho");
        var years = imported is null || range is null
            ? (range is { } all ? Enumerable.Range(all.First, all.Last - all.First + 1).ToList() : [])
            : await YearsToComputeAsync(connection, imported.Touched, range.Value, kept!, ct);
        ImportTimings.Mark("chỉ số: các năm cần tính");
        var rows = new List<DossierYearCounts>();
        long readBack = 0;
        var (seen, stored, outside) = await values.StoreAsync(connection, tree, years.Select(year => (year, ReadAsync(year))), ct);
        await DossierYearCountsStore.SaveAsync(connection, rows, range, imported is null, stamp.MaxBatch, stamp.Apologies, stamp.Now, ct);
        await values.DeleteOutsideAsync(connection, range, imported?.Touched, ct);
        ImportTimings.Mark("chỉ số: xoá giá trị ngoài khoảng");
        return new ComputeSummary(years, seen, stored, TimeSpan.Zero)
        {
            OutsideUnitDates = outside, OnlyTouchedYears = imported is not null, FromImport = exceptFinishedOf is not null, ReadBack = readBack,
        };

        async Task<(DossierCounts, long)> ReadAsync(int year)
        {
            var builder = new YearCountsBuilder(year, stamp.Now, stamp.MaxBatch);
            readBack += await StoredDossierYears.ReadYearAsync(connection, sqlite, year, builder.Add, exceptFinishedOf, ct);
            ImportTimings.Mark($"chỉ số: đọc hồ sơ đã lưu của năm {year}");
            if (exceptFinishedOf is not null) AddImported(builder, imported!);
            rows.Add(builder.ToRow(stamp.MaxBatch, stamp.Apologies));
            return builder.Build();
        }
    }

    /// <summary>The kept counts of the touched years plus the import's counts, plus the stored dossiers without a finish
    /// date counted as of now (the records kept beside the counts and the import's, or read through their partial index);
    /// the store's range from the kept years and that index. Null when a year's kept counts cannot be read (written by a
    /// build with other counters).</summary>
    private async Task<ComputeSummary?> FromKeptAsync(DbConnection connection, bool sqlite, ImportedCounts imported,
        Dictionary<int, DossierYearCounts> kept, Stamp stamp, Task<UnitHierarchy> tree, CancellationToken ct)
    {
        var unfinished = await StoredDossierYears.UnfinishedRangeAsync(connection, sqlite, ct);
        ImportTimings.Mark("chỉ số: năm đầu và cuối của hồ sơ chưa xong (chỉ mục)");
        // Plain loops over years: LINQ's operators over ints are compiled by the JIT in each fresh process.
        var own = new YearSet();
        own.UnionWith(imported.Counts.OwnYears);
        foreach (var row in kept.Values)
        {
            if (row.HasOwn) own.Add(row.Year);
        }

        if (unfinished is { } u)
        {
            own.Add(u.First);
            own.Add(u.Last);
        }

        (int First, int Last)? range = own.Count == 0 ? null : (own[0], own[own.Count - 1]);
        var years = range is { } r ? await YearsToComputeAsync(connection, imported.Touched, r, kept, ct) : [];
        ImportTimings.Mark("chỉ số: các năm cần tính (không đọc hồ sơ đã xong)");
        var builders = new List<YearCountsBuilder>();
        long readBack = 0;
        foreach (var year in years)
        {
            var builder = new YearCountsBuilder(year, stamp.Now, stamp.MaxBatch);
            if (kept.TryGetValue(year, out var row))
            {
                if (!DossierCountsBinary.TryRead(row.Counts!, builder.Finished, row.Dossiers)) return null;
                builder.HasOwn = row.HasOwn;
            }

            AddImported(builder, imported);
            builders.Add(builder);
        }

        if (builders.Count > 0)
        {
            var before = DossierCodes.LocalStartOfDay(new DateOnly(builders[^1].Year + 1, 1, 1));
            void Add(DossierRecord d, long batch)
            {
                var received = DossierCodes.LocalDate(d.ReceivedAt).Year;
                foreach (var b in builders)
                {
                    if (b.Year >= received) b.Add(d, batch);
                }
            }

            if (await KeptUnfinishedAsync(connection, sqlite, imported, kept, builders[^1].Year, before, ct) is { } records)
            {
                ImportTimings.Mark("chỉ số: đếm hồ sơ chưa xong đã lưu (chỉ mục)");
                foreach (var d in records) Add(d, stamp.MaxBatch);
                ImportTimings.Mark($"chỉ số: cộng hồ sơ chưa xong, tính đến lúc này ({records.Count} hồ sơ, không đọc lại)");
            }
            else
            {
                readBack = await StoredDossierYears.ReadUnfinishedAsync(connection, sqlite, before, Add, ct);
                ImportTimings.Mark($"chỉ số: đọc hồ sơ chưa xong (chỉ mục, {readBack} hồ sơ)");
            }
        }

        var (seen, stored, outside) = await values.StoreAsync(connection, tree, builders.Select(b => (b.Year, Task.FromResult(b.Build()))), ct);
        await DossierYearCountsStore.SaveAsync(connection, [.. builders.Select(b => b.ToRow(stamp.MaxBatch, stamp.Apologies))], range, false,
            stamp.MaxBatch, stamp.Apologies, stamp.Now, ct);
        await values.DeleteOutsideAsync(connection, range, imported.Touched, ct);
        ImportTimings.Mark("chỉ số: giữ số đếm, xoá giá trị ngoài khoảng");
        return new ComputeSummary(years, seen, stored, TimeSpan.Zero) { OutsideUnitDates = outside, OnlyTouchedYears = true, FromImport = true, ReadBack = readBack };
    }

    /// <summary>The stored dossiers without a finish date received up to <paramref name="lastYear"/>, without reading them:
    /// the records kept beside each year's counts plus the import's. Null (they are then read through their index) when the
    /// import replaced a stored version without a finish date (the kept records would still hold it), when a year's kept
    /// records cannot be read, or when their number is not the number stored (counted in the partial index).</summary>
    private static async Task<List<DossierRecord>?> KeptUnfinishedAsync(DbConnection connection, bool sqlite, ImportedCounts imported,
        Dictionary<int, DossierYearCounts> kept, int lastYear, DateTimeOffset before, CancellationToken ct)
    {
        if (imported.Replaced.OpenFrom is not null) return null;
        var records = new List<DossierRecord>();
        foreach (var row in kept.Values.Where(r => r.Year <= lastYear))
        {
            if (!DossierCountsBinary.TryReadUnfinished(row.Counts!, records)) return null;
        }

        foreach (var d in imported.Counts.Unfinished)
        {
            if (DossierCodes.LocalDate(d.ReceivedAt).Year <= lastYear) records.Add(d);
        }

        ImportTimings.Mark($"chỉ số: hồ sơ chưa xong giữ kèm số đếm và của lần nhập ({records.Count} hồ sơ)");
        return await StoredDossierYears.CountUnfinishedAsync(connection, sqlite, before, ct) == records.Count ? records : null;
    }

    private static void AddImported(YearCountsBuilder builder, ImportedCounts imported)
    {
        var (counts, seen) = imported.Counts.BuildYear(builder.Year);
        builder.Finished.Add(counts, seen);
        builder.HasOwn |= imported.Counts.OwnYears.Contains(builder.Year);
    }

    /// <summary>The touched years within the store's range, the years the range newly reaches (unfinished dossiers stored
    /// earlier count in them although no imported row does), and those of the range without kept counts.</summary>
    private static async Task<List<int>> YearsToComputeAsync(DbConnection connection, TouchedYears touched, (int First, int Last) range,
        Dictionary<int, DossierYearCounts> kept, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(\"Year\") FROM \"IndicatorValues\"";
        var computedUpTo = await command.ExecuteScalarAsync(ct) is { } v and not DBNull ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : int.MinValue;
        var years = new YearSet();
        foreach (var year in touched.Within(range.First, range.Last)) years.Add(year);
        for (var year = range.First; year <= range.Last; year++)
        {
            if (year > computedUpTo || !kept.ContainsKey(year)) years.Add(year);
        }

        return [.. years.ToArray()];
    }

    /// <summary>The import's counts describe its rows as stored when it wrote every row it counted, no other import ran
    /// or finished since it started (one could have overwritten its rows), no complete apology was recorded for its rows
    /// (the counts know the file's flags only), and every finish it counted lies before the current instant: the counts
    /// are those of its finished rows, taken without the clock, which equal their counts as of any later instant.</summary>
    private static async Task<bool> UsableAsync(DbConnection connection, ImportedCounts imported, DateTimeOffset now, long maxBatch, CancellationToken ct)
    {
        if (!imported.Counts.FinishedOnly || imported.Written != imported.Counts.Count) return false;
        if (imported.Counts.MaxFinishedTicks >= now.UtcTicks) return false;
        if (maxBatch != imported.BatchId) return false;
        return await ImportBatchChecks.CountsStillDescribeAsync(connection, imported.BatchId, ct);
    }
}
