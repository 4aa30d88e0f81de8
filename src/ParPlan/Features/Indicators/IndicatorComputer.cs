using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Indicators;

/// <summary>Recomputes every dossier indicator from the stored dossiers: one streaming pass per year through
/// <see cref="DossierAccumulator"/>, <see cref="IndicatorEngine"/> with the configured convention and the org
/// roll-up, plus Decision 766 estimates. A dossier counts as apologised when the export flags it or when an officer
/// recorded its explanation and apology letter (<see cref="Records.LateDossierApology"/>); the year's <see cref="StoredIndicatorValue"/> rows are replaced in one
/// transaction.</summary>
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

    /// <summary>Uses the counts accumulated by the import when they still describe the whole store (see
    /// <see cref="UsableAsync"/>), so the rows are not read back; otherwise recomputes every year from the store.</summary>
    public async Task<ComputeSummary> ComputeAsync(ImportedCounts? imported, CancellationToken ct = default)
    {
        // Imports whose rows this computation reads: their flag is cleared afterwards, unless another chunk of theirs
        // committed meanwhile (it changes the batch's version).
        var batches = db.Set<ImportBatch>();
        var pending = await batches.AsNoTracking().Where(b => b.IndicatorsPending).Select(b => new { b.Id, b.Version }).ToListAsync(ct);
        var summary = await ComputeStoreAsync(imported, ct);
        foreach (var b in pending)
        {
            await batches.Where(x => x.Id == b.Id && x.Version == b.Version).ExecuteUpdateAsync(s => s.SetProperty(x => x.IndicatorsPending, false), ct);
        }

        return summary;
    }

    /// <summary>True when an import committed rows that no computation has read yet (e.g. the app stopped between an
    /// import's last commit and its computation).</summary>
    public Task<bool> PendingAsync(CancellationToken ct = default) => db.Set<ImportBatch>().AnyAsync(b => b.IndicatorsPending, ct);

    private async Task<ComputeSummary> ComputeStoreAsync(ImportedCounts? imported, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        if (imported is not null && await UsableAsync(imported, ct))
        {
            var years = imported.Counts.Build();
            var (seenFast, storedFast, outsideFast) = await StoreAsync(years.Select(y => (y.Year, Task.FromResult((y.Counts, y.Seen)))), ct);
            return new ComputeSummary(years.Select(y => y.Year).ToList(), seenFast, storedFast, clock.Elapsed) { FromImport = true, OutsideUnitDates = outsideFast };
        }

        var dossiers = db.Set<Dossier>();
        if (!await dossiers.AnyAsync(ct))
        {
            return new ComputeSummary([], 0, 0, clock.Elapsed);
        }

        var first = DossierCodes.LocalDate(await dossiers.MinAsync(d => d.ReceivedAt, ct)).Year;
        var lastReceived = DossierCodes.LocalDate(await dossiers.MaxAsync(d => d.ReceivedAt, ct)).Year;
        var lastFinished = await dossiers.MaxAsync(d => d.FinishedAt, ct) is { } f ? DossierCodes.LocalDate(f).Year : lastReceived;
        var range = Enumerable.Range(first, Math.Max(lastReceived, lastFinished) - first + 1).ToList();
        var sqlite = db.Database.IsSqlite();
        var (seen, stored, outside) = await StoreAsync(range.Select(year => (year, ReadAsync(year))), ct);
        return new ComputeSummary(range, seen, stored, clock.Elapsed) { OutsideUnitDates = outside };

        async Task<(DossierCounts, long)> ReadAsync(int year)
        {
            var accumulator = new DossierAccumulator(year, AccumulatorOptions(time.GetUtcNow()));
            var n = await ReadYearAsync(db.Database.GetDbConnection(), sqlite, year, accumulator, ct);
            return (accumulator.Build(), n);
        }
    }

    /// <summary>Imported counts describe the store when the store holds exactly the imported rows (same count, no later
    /// import, no other import running or finished since this one started) and no imported instant lies at or after the instant the counts were taken as
    /// of nor the current one: month-end snapshots then compare the same way with either instant.</summary>
    private async Task<bool> UsableAsync(ImportedCounts imported, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (imported.Counts.MaxInstantTicks >= Math.Min(imported.AsOf.UtcTicks, now.UtcTicks)) return false;
        var batches = db.Set<ImportBatch>().AsNoTracking();
        if (await batches.MaxAsync(b => (long?)b.Id, ct) != imported.BatchId) return false;
        if (await batches.AnyAsync(b => b.Id == imported.BatchId ? b.Status != ImportStatus.Completed : b.Status == ImportStatus.Running, ct)) return false;

        // An earlier import that finished while this one ran may have overwritten codes this one had just inserted,
        // leaving the count unchanged: its rows are not in these counts. (Few batches: compared in memory, since SQLite
        // cannot compare DateTimeOffset columns.)
        var started = await batches.Where(b => b.Id == imported.BatchId).Select(b => b.StartedAt).FirstAsync(ct);
        var finished = await batches.Where(b => b.Id != imported.BatchId && b.FinishedAt != null).Select(b => b.FinishedAt!.Value).ToListAsync(ct);
        if (finished.Any(f => f >= started)) return false;

        // The import's counts know the file's apology flags only, not the apologies recorded in ParPlan.
        if (await db.Set<Records.LateDossierApology>().AnyAsync(a => a.Complete, ct)) return false;
        return await db.Set<Dossier>().LongCountAsync(ct) == imported.Counts.Count;
    }

    /// <summary>Runs the engine on each year's counts (each produced when its turn comes) and replaces the year's values.</summary>
    private async Task<(long Seen, long Stored, long Outside)> StoreAsync(IEnumerable<(int Year, Task<(DossierCounts Counts, long Seen)> Counts)> years, CancellationToken ct)
    {
        var hierarchy = (await OrgUnitHierarchy.LoadAsync(db, ct)).Hierarchy;
        var engine = new IndicatorEngine(new IndicatorEngineOptions { Convention = options.Value.ResolveConvention(), Hierarchy = hierarchy, ByField = true });
        long seen = 0, stored = 0, outside = 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            foreach (var (year, pending) in years)
            {
                var (counts, n) = await pending;
                seen += n;
                var rows = engine.ComputeYear(counts).Select(v => (v.Code, v.UnitCode, v.Period, Field: v.Field ?? "", v.Numerator, v.Denominator, v.Value)).ToList();
                foreach (var period in ReportingPeriod.AllOf(year))
                {
                    foreach (var (unit, estimate) in engine.Estimate766(counts, period))
                    {
                        rows.AddRange(estimate.Groups.Select(g => (Estimate766Prefix + Decision766GroupLabels.Code(g.Group), unit, period.Code, "", 0L, (long?)null, g.Points)));
                        rows.Add((Estimate766Prefix + Decision766GroupLabels.TotalCode, unit, period.Code, "", 0L, (long?)(long)estimate.MaxPoints, (decimal?)estimate.Points));
                    }

                    var notCreated = engine.OutsideUnitDates(counts, period);
                    if (period.FirstMonth == period.LastMonth) outside += notCreated.Total.Received;
                    foreach (var (unit, o) in notCreated.ByUnit)
                    {
                        rows.Add((OutsideDatesReceived, unit, period.Code, "", o.Received, null, o.Received));
                        rows.Add((OutsideDatesFinished, unit, period.Code, "", o.Finished, null, o.Finished));
                    }
                }

                stored += await ReplaceYearAsync(connection, year, rows, ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return (seen, stored, outside);
    }

    private static async Task<long> ReadYearAsync(DbConnection connection, bool sqlite, int year, DossierAccumulator accumulator, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.\"Code\", d.\"UnitCode\", p.\"Code\", p.\"Field\", d.\"ReceivedAt\", d.\"DueAt\", d.\"FinishedAt\", d.\"Status\", " +
            "d.\"Channel\", d.\"ServiceLevel\", d.\"HasFees\", d.\"PaidOnline\", d.\"DossierDigitised\", d.\"ResultDigitised\", d.\"DataReused\", " +
            "CASE WHEN a.\"Complete\" THEN TRUE ELSE d.\"Apologised\" END, d.\"Rating\" FROM \"Dossiers\" d LEFT JOIN \"DossierProcedures\" p ON p.\"Id\" = d.\"ProcedureId\" " +
            "LEFT JOIN \"LateDossierApologies\" a ON a.\"DossierId\" = d.\"Id\" " +
            "WHERE d.\"ReceivedAt\" < @end AND (d.\"FinishedAt\" IS NULL OR d.\"FinishedAt\" >= @start)";
        Add(command, "@start", Instant(DossierCodes.LocalStartOfDay(new DateOnly(year, 1, 1)), sqlite));
        Add(command, "@end", Instant(DossierCodes.LocalStartOfDay(new DateOnly(year + 1, 1, 1)), sqlite));
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        long n = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            accumulator.Add(new DossierRecord
            {
                Code = reader.GetString(0),
                UnitCode = Pool(pool, reader.GetString(1)),
                ProcedureCode = reader.IsDBNull(2) ? null : Pool(pool, reader.GetString(2)),
                Field = reader.IsDBNull(3) ? null : Pool(pool, reader.GetString(3)),
                ReceivedAt = ReadInstant(reader, 4, sqlite),
                DueAt = ReadInstant(reader, 5, sqlite),
                FinishedAt = reader.IsDBNull(6) ? null : ReadInstant(reader, 6, sqlite),
                Status = (DossierStatus)reader.GetInt32(7),
                Channel = (DossierChannel)reader.GetInt32(8),
                ServiceLevel = reader.IsDBNull(9) ? null : (OnlineServiceLevel)reader.GetInt32(9),
                HasFees = Flag(reader, 10),
                PaidOnline = Flag(reader, 11),
                DossierDigitised = Flag(reader, 12),
                ResultDigitised = Flag(reader, 13),
                DataReused = Flag(reader, 14),
                Apologised = Flag(reader, 15),
                Rating = reader.IsDBNull(16) ? null : (byte)reader.GetInt32(16),
            });
            n++;
        }

        return n;
    }

    private async Task<long> ReplaceYearAsync(DbConnection connection, int year,
        List<(string Code, string Unit, string Period, string Field, long Num, long? Den, decimal? Value)> rows, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM \"IndicatorValues\" WHERE \"Year\" = @y";
            Add(delete, "@y", year);
            await delete.ExecuteNonQueryAsync(ct);
        }

        const string Insert = "INSERT INTO \"IndicatorValues\" (\"Year\", \"Period\", \"Code\", \"UnitCode\", \"Field\", \"Numerator\", \"Denominator\", \"Value\") ";
        if (connection is SqliteConnection sqliteConnection)
        {
            InsertSqlite(sqliteConnection, Insert + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", year, rows);
        }
        else
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = Insert + "VALUES (@y, @p, @c, @u, @f, @n, @d, @v)";
            var ps = new[] { "@y", "@p", "@c", "@u", "@f", "@n", "@d", "@v" }.Select(name => Add(insert, name, DBNull.Value)).ToArray();
            ps[0].Value = year;
            foreach (var r in rows)
            {
                ps[1].Value = r.Period;
                ps[2].Value = r.Code;
                ps[3].Value = r.Unit;
                ps[4].Value = r.Field;
                ps[5].Value = r.Num;
                ps[6].Value = r.Den is { } d ? d : DBNull.Value;
                ps[7].Value = r.Value is { } v ? v : DBNull.Value;
                await insert.ExecuteNonQueryAsync(ct);
            }
        }

        await using (var audit = connection.CreateCommand())
        {
            audit.Transaction = tx;
            audit.CommandText = "INSERT INTO \"AuditEntries\" (\"At\", \"UserId\", \"UserName\", \"EntityType\", \"EntityKey\", \"Action\", \"Before\", \"After\") " +
                "VALUES (@a, @uid, @un, 'IndicatorValues', @k, 'Modified', NULL, @after)";
            var who = actor.Current;
            Add(audit, "@a", Instant(time.GetUtcNow(), sqlite));
            Add(audit, "@uid", (object?)who.UserId ?? DBNull.Value);
            Add(audit, "@un", who.UserName);
            Add(audit, "@k", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(audit, "@after", JsonSerializer.Serialize(new { Year = year, Values = rows.Count, Convention = options.Value.ResolveConvention().Name }));
            await audit.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return rows.Count;
    }

    /// <summary>SQLite: a statement prepared once and bound natively (a year of a province is tens of thousands of
    /// values; through ADO.NET commands their insert was most of the computation). Decimals are stored as invariant
    /// text, as EF stores them on SQLite.</summary>
    private static void InsertSqlite(SqliteConnection connection, string sql, int year,
        List<(string Code, string Unit, string Period, string Field, long Num, long? Den, decimal? Value)> rows)
    {
        using var insert = new SqliteStatement(connection, sql);
        insert.Check(insert.BindInt64(1, year));
        foreach (var r in rows)
        {
            insert.Check(insert.BindText(2, r.Period) | insert.BindText(3, r.Code) | insert.BindText(4, r.Unit) | insert.BindText(5, r.Field)
                | insert.BindInt64(6, r.Num) | insert.BindInt64(7, r.Den)
                | (r.Value is { } v ? insert.BindUniqueText(8, v.ToString(System.Globalization.CultureInfo.InvariantCulture)) : insert.BindText(8, null)));
            insert.Run();
        }
    }

    private static string Pool(Dictionary<string, string> pool, string s)
    {
        if (pool.TryGetValue(s, out var pooled)) return pooled;
        pool[s] = s;
        return s;
    }

    private static bool? Flag(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetBoolean(i);

    private static DateTimeOffset ReadInstant(DbDataReader reader, int i, bool sqlite) =>
        sqlite ? new DateTimeOffset(reader.GetInt64(i), TimeSpan.Zero) : reader.GetFieldValue<DateTimeOffset>(i);

    private static object Instant(DateTimeOffset value, bool sqlite) => sqlite ? value.UtcTicks : value.ToUniversalTime();

    private static DbParameter Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
        return p;
    }
}
