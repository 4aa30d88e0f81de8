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
/// bound natively, in groups of <see cref="GroupRows"/>; on PostgreSQL through binary COPY (a year of a province is
/// hundreds of thousands of values; one command per value took most of the computation).</summary>
internal sealed class IndicatorValueWriter(DbConnection connection, AuditActor actor, TimeProvider time, string convention)
{
    private const string Columns = "\"Year\", \"Period\", \"Code\", \"UnitCode\", \"Field\", \"Numerator\", \"Denominator\", \"Value\"";

    private bool Sqlite => connection is SqliteConnection;

    /// <summary>Returns how many values the year holds afterwards.</summary>
    public async Task<long> ReplaceYearAsync(int year, List<ComputedValue> rows, CancellationToken ct)
    {
        var changes = IndicatorValueChanges.Between(await StoredAsync(year, ct), rows, Sqlite);
        ImportTimings.Mark($"chỉ số: so với giá trị đã lưu năm {year} ({changes.Kept} giữ, {changes.Removed.Count} bỏ, {changes.Inserted.Count} ghi)");
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (changes.Removed.Count > 0) await RemoveAsync(tx, changes.Removed, ct);
        var inserted = changes.Inserted;
        switch (connection)
        {
            case SqliteConnection sqlite:
                InsertSqlite(sqlite, year, inserted);
                break;
            case NpgsqlConnection postgres:
                await CopyPostgresAsync(postgres, year, inserted, ct);
                break;
            default:
                await InsertAsync(tx, year, inserted, ct);
                break;
        }

        ImportTimings.Mark($"chỉ số: bỏ và chèn giá trị năm {year}");
        await AuditAsync(tx, year, rows.Count, changes, ct);
        await tx.CommitAsync(ct);
        return rows.Count;
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

    /// <summary>Rows per grouped insert on SQLite (8 values each).</summary>
    internal const int GroupRows = 32;

    /// <summary>In groups of <see cref="GroupRows"/> (SQLite opens its cursors and resets the statement once per group),
    /// the rest one by one. Decimals are stored as invariant text, as EF stores them on SQLite. The groups are
    /// <c>INSERT OR IGNORE</c>: a statement of several rows that may abort (a NOT NULL column's default) makes SQLite copy
    /// every page it touches into a temporary statement journal first (95 MB for a month's values); no constraint of
    /// the table can ignore a row here (every NOT NULL column is bound, there is no unique index), and a group that
    /// stored fewer rows stops the computation.</summary>
    private static void InsertSqlite(SqliteConnection connection, int year, List<ComputedValue> rows)
    {
        static string Values(int row) => "(" + string.Join(", ", Enumerable.Range(row * 8 + 1, 8).Select(i => $"?{i}")) + ")";
        using var group = new SqliteStatement(connection,
            $"INSERT OR IGNORE INTO \"IndicatorValues\" ({Columns}) VALUES {string.Join(", ", Enumerable.Range(0, GroupRows).Select(Values))}");
        using var one = new SqliteStatement(connection, $"INSERT INTO \"IndicatorValues\" ({Columns}) VALUES {Values(0)}");
        for (var row = 0; row < GroupRows; row++) group.Check(group.BindInt64(row * 8 + 1, year));
        one.Check(one.BindInt64(1, year));
        var i = 0;
        for (; i + GroupRows <= rows.Count; i += GroupRows)
        {
            for (var row = 0; row < GroupRows; row++) Bind(group, row * 8, rows[i + row]);
            group.Run();
            if (group.Changes != GroupRows) throw new InvalidOperationException($"Chỉ ghi được {group.Changes}/{GroupRows} giá trị chỉ số của năm {year}.");
        }

        for (; i < rows.Count; i++)
        {
            Bind(one, 0, rows[i]);
            one.Run();
        }

        static void Bind(SqliteStatement s, int at, ComputedValue r) =>
            s.Check(s.BindText(at + 2, r.Period) | s.BindText(at + 3, r.Code) | s.BindText(at + 4, r.Unit) | s.BindText(at + 5, r.Field)
                | s.BindInt64(at + 6, r.Num) | s.BindInt64(at + 7, r.Den)
                | (r.Value is { } v ? s.BindUniqueText(at + 8, v.ToString(CultureInfo.InvariantCulture)) : s.BindText(at + 8, null)));
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

    private async Task AuditAsync(DbTransaction tx, int year, int values, IndicatorValueChanges? changes, CancellationToken ct)
    {
        var after = AuditText(year, values, convention, changes);
        await AuditRows.InsertAsync(connection, tx, Sqlite, time.GetUtcNow(), actor.Current, "IndicatorValues", year.ToString(CultureInfo.InvariantCulture),
            AuditAction.Modified, null, after, ct);
    }

    /// <summary>The audit entry's text, as <c>JsonSerializer.Serialize</c> writes the anonymous
    /// { Year, Values, Convention[, Kept, Removed, Written] } with default options, through <see cref="Utf8JsonWriter"/>:
    /// the serializer's first use in a process builds its metadata by reflection, a good part of a month's computation.</summary>
    internal static string AuditText(int year, int values, string convention, IndicatorValueChanges? changes)
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
                w.WriteNumber("Removed", changes.Removed.Count);
                w.WriteNumber("Written", changes.Inserted.Count);
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
