using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Dossiers;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Indicators;

/// <summary>Brings a year's <see cref="StoredIndicatorValue"/> rows to the computed values in one transaction with an
/// audit entry, writing only what changed (<see cref="IndicatorValueChanges"/>): a value that changed or disappeared is
/// removed, a changed or new one inserted, the others stay. Inserts go on SQLite through statements prepared once and
/// bound natively (<see cref="SqliteValueInserts"/>), period by period as the engine gives them; on PostgreSQL through
/// binary COPY (a year of a province is hundreds of thousands of values; one command per value took most of the computation).</summary>
internal sealed class IndicatorValueWriter(DbConnection connection, AuditActor actor, TimeProvider time, string convention)
{
    private const string Columns = "\"Year\", \"Period\", \"Code\", \"UnitCode\", \"Field\", \"Numerator\", \"Denominator\", \"Value\"";

    private bool Sqlite => connection is SqliteConnection;

    /// <summary>Returns how many values the year holds afterwards.</summary>
    public Task<long> ReplaceYearAsync(int year, List<ComputedValue> rows, CancellationToken ct) =>
        ReplaceYearAsync(year, ByPeriod(rows), ct);

    /// <summary>As <see cref="ReplaceYearAsync(int, List{ComputedValue}, CancellationToken)"/>, with the year's values
    /// arriving period by period (each period once): on SQLite each period's changes are written as it arrives, so the
    /// engine computes the next period on another thread meanwhile; a stored value of a period that did not arrive is
    /// removed. Returns how many values the year holds afterwards.</summary>
    public async Task<long> ReplaceYearAsync(int year, IAsyncEnumerable<(string Period, List<ComputedValue> Rows)> periods, CancellationToken ct)
    {
        var stored = (await StoredAsync(year, ct)).GroupBy(s => s.Period, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        ImportTimings.Mark($"chỉ số: đọc giá trị đã lưu năm {year}");
        await using var tx = await connection.BeginTransactionAsync(ct);
        using var inserts = connection is SqliteConnection lite ? new SqliteValueInserts(lite, year) : null;
        var total = new IndicatorValueChanges.Totals();
        var later = new IndicatorValueChanges(); // PostgreSQL and others: written at the end, in one command each
        long values = 0;
        await foreach (var (period, rows) in periods.WithCancellation(ct))
        {
            values += rows.Count;
            var changes = IndicatorValueChanges.Between(stored.Remove(period, out var old) ? old : [], rows, Sqlite);
            total.Add(changes);
            if (inserts is null)
            {
                later.Add(changes);
                continue;
            }

            if (changes.Removed.Count > 0) await RemoveAsync(tx, changes.Removed, ct);
            inserts.Insert(changes.Inserted);
        }

        var gone = stored.Values.SelectMany(v => v).Select(s => s.Id).ToList();
        total.Removed += gone.Count;
        later.Removed.AddRange(gone);
        ImportTimings.Mark($"chỉ số: tính và ghi giá trị năm {year} ({total.Kept} giữ, {total.Removed} bỏ, {total.Written} ghi)");
        if (later.Removed.Count > 0) await RemoveAsync(tx, later.Removed, ct);
        switch (connection)
        {
            case SqliteConnection:
                inserts!.Insert(later.Inserted);
                break;
            case NpgsqlConnection postgres:
                await CopyPostgresAsync(postgres, year, later.Inserted, ct);
                break;
            default:
                await InsertAsync(tx, year, later.Inserted, ct);
                break;
        }

        ImportTimings.Mark($"chỉ số: bỏ và chèn giá trị năm {year}");
        await AuditAsync(tx, year, (int)values, total, ct);
        await tx.CommitAsync(ct);
        return values;
    }

    /// <summary>A list's values grouped by period, in the order their periods first appear.</summary>
    private static async IAsyncEnumerable<(string Period, List<ComputedValue> Rows)> ByPeriod(List<ComputedValue> rows)
    {
        foreach (var g in rows.GroupBy(r => r.Period, StringComparer.Ordinal)) yield return (g.Key, g.ToList());
        await Task.CompletedTask;
    }

    /// <summary>The year's stored values.</summary>
    private async Task<List<StoredValueRow>> StoredAsync(int year, CancellationToken ct)
    {
        var stored = new List<StoredValueRow>();
        await using var command = Command(connection, null,
            "SELECT \"Id\", \"Period\", \"Code\", \"UnitCode\", \"Field\", \"Numerator\", \"Denominator\", \"Value\" FROM \"IndicatorValues\" WHERE \"Year\" = @y",
            ("@y", year));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var sqlite = Sqlite;
        while (await reader.ReadAsync(ct))
        {
            stored.Add(new StoredValueRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6),
                reader.IsDBNull(7) ? null : sqlite ? reader.GetString(7) : IndicatorValueChanges.ValueText(reader.GetDecimal(7), false)));
        }

        return stored;
    }

    private async Task RemoveAsync(DbTransaction tx, List<long> ids, CancellationToken ct)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var delete = new SqliteStatement(sqlite, "DELETE FROM \"IndicatorValues\" WHERE \"Id\" = ?1");
            foreach (var id in ids)
            {
                delete.Check(delete.BindInt64(1, id));
                delete.Run();
            }

            return;
        }

        if (connection is NpgsqlConnection)
        {
            await using var command = Command(connection, tx, "DELETE FROM \"IndicatorValues\" WHERE \"Id\" = ANY(@ids)", ("@ids", ids.ToArray()));
            await command.ExecuteNonQueryAsync(ct);
            return;
        }

        await using var one = Command(connection, tx, "DELETE FROM \"IndicatorValues\" WHERE \"Id\" = @id", ("@id", 0L));
        foreach (var id in ids)
        {
            one.Parameters[0].Value = id;
            await one.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Removes the values of a year that no longer has dossiers in the store's range.</summary>
    public async Task DeleteYearAsync(int year, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (await DeleteAsync(tx, year, ct) > 0) await AuditAsync(tx, year, 0, null, ct);
        await tx.CommitAsync(ct);
    }

    private async Task<int> DeleteAsync(DbTransaction tx, int year, CancellationToken ct)
    {
        await using var delete = connection.CreateCommand();
        delete.Transaction = tx;
        delete.CommandText = "DELETE FROM \"IndicatorValues\" WHERE \"Year\" = @y";
        Add(delete, "@y", year);
        return await delete.ExecuteNonQueryAsync(ct);
    }

    private static async Task CopyPostgresAsync(NpgsqlConnection connection, int year, List<ComputedValue> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY \"IndicatorValues\" ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows)
        {
            copy.StartRow();
            copy.Write(year, NpgsqlDbType.Integer);
            copy.Write(r.Period, NpgsqlDbType.Varchar);
            copy.Write(r.Code, NpgsqlDbType.Varchar);
            copy.Write(r.Unit, NpgsqlDbType.Varchar);
            copy.Write(r.Field, NpgsqlDbType.Varchar);
            copy.Write(r.Num, NpgsqlDbType.Bigint);
            if (r.Den is { } d) copy.Write(d, NpgsqlDbType.Bigint);
            else copy.WriteNull();
            if (r.Value is { } v) copy.Write(v, NpgsqlDbType.Numeric);
            else copy.WriteNull();
        }

        await copy.CompleteAsync(ct);
    }

    private async Task InsertAsync(DbTransaction tx, int year, List<ComputedValue> rows, CancellationToken ct)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO \"IndicatorValues\" ({Columns}) VALUES (@y, @p, @c, @u, @f, @n, @d, @v)";
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

    private async Task AuditAsync(DbTransaction tx, int year, int values, IndicatorValueChanges.Totals? changes, CancellationToken ct)
    {
        var after = AuditText(year, values, convention, changes);
        await AuditRows.InsertAsync(connection, tx, Sqlite, time.GetUtcNow(), actor.Current, "IndicatorValues", year.ToString(CultureInfo.InvariantCulture),
            AuditAction.Modified, null, after, ct);
    }

    /// <summary>The audit entry's text, as <c>JsonSerializer.Serialize</c> writes the anonymous
    /// { Year, Values, Convention[, Kept, Removed, Written] } with default options, through <see cref="Utf8JsonWriter"/>:
    /// the serializer's first use in a process builds its metadata by reflection, a good part of a month's computation.</summary>
    internal static string AuditText(int year, int values, string convention, IndicatorValueChanges? changes) =>
        AuditText(year, values, convention, changes is null ? null : new IndicatorValueChanges.Totals().Add(changes));

    private static string AuditText(int year, int values, string convention, IndicatorValueChanges.Totals? changes)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("Year", year);
            w.WriteNumber("Values", values);
            w.WriteString("Convention", convention);
            if (changes is not null)
            {
                w.WriteNumber("Kept", changes.Kept);
                w.WriteNumber("Removed", changes.Removed);
                w.WriteNumber("Written", changes.Written);
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
