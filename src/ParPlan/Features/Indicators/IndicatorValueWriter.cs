using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using ParPlan.Data;
using ParPlan.Features.Audit;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Indicators;

/// <summary>Replaces a year's <see cref="StoredIndicatorValue"/> rows in one transaction with an audit entry: on SQLite
/// through a statement prepared once and bound natively, on PostgreSQL through binary COPY (a year of a province is
/// hundreds of thousands of values; one command per value took most of the computation).</summary>
internal sealed class IndicatorValueWriter(DbConnection connection, AuditActor actor, TimeProvider time, string convention)
{
    private const string Columns = "\"Year\", \"Period\", \"Code\", \"UnitCode\", \"Field\", \"Numerator\", \"Denominator\", \"Value\"";

    private bool Sqlite => connection is SqliteConnection;

    public async Task<long> ReplaceYearAsync(int year, List<ComputedValue> rows, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await DeleteAsync(tx, year, ct);
        switch (connection)
        {
            case SqliteConnection sqlite:
                InsertSqlite(sqlite, year, rows);
                break;
            case NpgsqlConnection postgres:
                await CopyPostgresAsync(postgres, year, rows, ct);
                break;
            default:
                await InsertAsync(tx, year, rows, ct);
                break;
        }

        await AuditAsync(tx, year, rows.Count, ct);
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    /// <summary>Removes the values of a year that no longer has dossiers in the store's range.</summary>
    public async Task DeleteYearAsync(int year, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (await DeleteAsync(tx, year, ct) > 0) await AuditAsync(tx, year, 0, ct);
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

    /// <summary>Decimals are stored as invariant text, as EF stores them on SQLite.</summary>
    private static void InsertSqlite(SqliteConnection connection, int year, List<ComputedValue> rows)
    {
        using var insert = new SqliteStatement(connection, $"INSERT INTO \"IndicatorValues\" ({Columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        insert.Check(insert.BindInt64(1, year));
        foreach (var r in rows)
        {
            insert.Check(insert.BindText(2, r.Period) | insert.BindText(3, r.Code) | insert.BindText(4, r.Unit) | insert.BindText(5, r.Field)
                | insert.BindInt64(6, r.Num) | insert.BindInt64(7, r.Den)
                | (r.Value is { } v ? insert.BindUniqueText(8, v.ToString(CultureInfo.InvariantCulture)) : insert.BindText(8, null)));
            insert.Run();
        }
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

    private async Task AuditAsync(DbTransaction tx, int year, int values, CancellationToken ct)
    {
        await using var audit = connection.CreateCommand();
        audit.Transaction = tx;
        audit.CommandText = "INSERT INTO \"AuditEntries\" (\"At\", \"UserId\", \"UserName\", \"EntityType\", \"EntityKey\", \"Action\", \"Before\", \"After\") " +
            "VALUES (@a, @uid, @un, 'IndicatorValues', @k, 'Modified', NULL, @after)";
        var who = actor.Current;
        Add(audit, "@a", Instant(time.GetUtcNow(), Sqlite));
        Add(audit, "@uid", (object?)who.UserId ?? DBNull.Value);
        Add(audit, "@un", who.UserName);
        Add(audit, "@k", year.ToString(CultureInfo.InvariantCulture));
        Add(audit, "@after", JsonSerializer.Serialize(new { Year = year, Values = values, Convention = convention }));
        await audit.ExecuteNonQueryAsync(ct);
    }
}
