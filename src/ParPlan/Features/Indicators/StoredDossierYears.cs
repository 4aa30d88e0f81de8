using System.Data.Common;
using Microsoft.Data.Sqlite;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Indicators;

/// <summary>Reads stored dossiers for the computation: the years the store's rows span, one year's rows (optionally
/// without the finished rows an import last wrote, whose counts the import brought along), and the unfinished rows
/// through their partial index. On SQLite the rows are read through a native statement (<see cref="SqliteStoredDossiers"/>).</summary>
internal static class StoredDossierYears
{
    /// <summary>The first receipt year to the last receipt or finish year of the stored dossiers; null when there are none.
    /// One pass over the table.</summary>
    public static async Task<(int First, int Last)?> RangeAsync(DbConnection connection, bool sqlite, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MIN(\"ReceivedAt\"), MAX(\"ReceivedAt\"), MAX(\"FinishedAt\") FROM \"Dossiers\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(0)) return null;
        var first = DossierCodes.LocalDate(ReadInstant(reader, 0, sqlite)).Year;
        var last = DossierCodes.LocalDate(ReadInstant(reader, 1, sqlite)).Year;
        if (!reader.IsDBNull(2)) last = Math.Max(last, DossierCodes.LocalDate(ReadInstant(reader, 2, sqlite)).Year);
        return (first, last);
    }

    /// <summary>Hands every stored dossier a computation of <paramref name="year"/> selects (received before its end, and
    /// finished at or after its start or not at all) to <paramref name="add"/> with its last import, except the finished
    /// ones last written by <paramref name="exceptFinishedOf"/> (whose counts the import brought along).</summary>
    public static async Task<long> ReadYearAsync(DbConnection connection, bool sqlite, int year, Action<DossierRecord, long> add, long? exceptFinishedOf, CancellationToken ct)
    {
        var sql = Select + "WHERE d.\"ReceivedAt\" < @end AND (d.\"FinishedAt\" IS NULL OR d.\"FinishedAt\" >= @start)" +
            (exceptFinishedOf is null ? "" : " AND (d.\"LastBatchId\" <> @batch OR d.\"FinishedAt\" IS NULL)");
        var start = DossierCodes.LocalStartOfDay(new DateOnly(year, 1, 1));
        var end = DossierCodes.LocalStartOfDay(new DateOnly(year + 1, 1, 1));
        if (connection is SqliteConnection native)
        {
            List<(string, long)> parameters = [("@start", start.UtcTicks), ("@end", end.UtcTicks)];
            if (exceptFinishedOf is { } b) parameters.Add(("@batch", b));
            return SqliteStoredDossiers.Read(native, sql, parameters, add, ct);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@start", Instant(start, sqlite));
        Add(command, "@end", Instant(end, sqlite));
        if (exceptFinishedOf is { } batch) Add(command, "@batch", batch);
        return await ReadAsync(command, sqlite, add, ct);
    }

    /// <summary>Hands every stored dossier without a finish date received before <paramref name="before"/> to
    /// <paramref name="add"/>, through the partial index of unfinished dossiers (no pass over the table).</summary>
    public static async Task<long> ReadUnfinishedAsync(DbConnection connection, bool sqlite, DateTimeOffset before, Action<DossierRecord, long> add, CancellationToken ct)
    {
        if (connection is SqliteConnection native) return SqliteStoredDossiers.Read(native, UnfinishedSql, [("@end", before.UtcTicks)], add, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = UnfinishedSql;
        Add(command, "@end", Instant(before, sqlite));
        return await ReadAsync(command, sqlite, add, ct);
    }

    /// <summary>How many stored dossiers without a finish date were received before <paramref name="before"/> (counted in
    /// their partial index).</summary>
    public static async Task<long> CountUnfinishedAsync(DbConnection connection, bool sqlite, DateTimeOffset before, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"Dossiers\" WHERE \"FinishedAt\" IS NULL AND \"ReceivedAt\" < @end";
        Add(command, "@end", Instant(before, sqlite));
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The first and last receipt years of the stored dossiers without a finish date (two look-ups in the
    /// partial index); null when there are none.</summary>
    public static async Task<(int First, int Last)?> UnfinishedRangeAsync(DbConnection connection, bool sqlite, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT MIN(\"ReceivedAt\") FROM \"Dossiers\" WHERE \"FinishedAt\" IS NULL), " +
            "(SELECT MAX(\"ReceivedAt\") FROM \"Dossiers\" WHERE \"FinishedAt\" IS NULL)";
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(0)) return null;
        return (DossierCodes.LocalDate(ReadInstant(reader, 0, sqlite)).Year, DossierCodes.LocalDate(ReadInstant(reader, 1, sqlite)).Year);
    }

    /// <summary>The query of <see cref="ReadUnfinishedAsync"/> (<c>@end</c>): answered from the partial index alone, which
    /// holds every column it reads.</summary>
    internal const string UnfinishedSql = Select + "WHERE d.\"FinishedAt\" IS NULL AND d.\"ReceivedAt\" < @end";

    private const string Select = "SELECT d.\"Code\", d.\"UnitCode\", p.\"Code\", p.\"Field\", d.\"ReceivedAt\", d.\"DueAt\", d.\"FinishedAt\", d.\"Status\", " +
        "d.\"Channel\", d.\"ServiceLevel\", d.\"HasFees\", d.\"PaidOnline\", d.\"DossierDigitised\", d.\"ResultDigitised\", d.\"DataReused\", " +
        "CASE WHEN a.\"Complete\" THEN TRUE ELSE d.\"Apologised\" END, d.\"Rating\", d.\"LastBatchId\" FROM \"Dossiers\" d LEFT JOIN \"DossierProcedures\" p ON p.\"Id\" = d.\"ProcedureId\" " +
        "LEFT JOIN \"LateDossierApologies\" a ON a.\"DossierId\" = d.\"Id\" ";

    private static async Task<long> ReadAsync(DbCommand command, bool sqlite, Action<DossierRecord, long> add, CancellationToken ct)
    {
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        long n = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            add(new DossierRecord
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
            }, reader.GetInt64(17));
            n++;
        }

        return n;
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
}
