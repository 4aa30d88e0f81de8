using System.Data.Common;
using Microsoft.Data.Sqlite;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using static ParPlan.Data.SqliteNative;

namespace ParPlan.Features.Dossiers;

/// <summary>The SQLite writer: two statements prepared once per import (<see cref="SqliteStatement"/>), bound and
/// stepped row by row with no per-row command, parameter or reader objects. <c>INSERT … ON CONFLICT DO NOTHING</c>
/// first: one row changed means new; otherwise the same values run the <c>UPDATE</c> of the existing row. (An upsert
/// with RETURNING made SQLite buffer every returned row and cost a third of the import.) The source and the batch are
/// bound once; the unit codes are pooled by the reader, so their UTF-8 bytes are encoded once; the procedure is a
/// number (<see cref="DossierProcedureIds"/>).</summary>
internal sealed class SqliteDossierWriter : DossierWriter
{
    private readonly SqliteStatement insert;
    private readonly SqliteStatement update;
    private readonly SqliteStatement previous;
    private readonly DossierProcedureIds procedures;
    private DbTransaction? transaction;

    public SqliteDossierWriter(SqliteConnection connection, long batchId, string source, DossierProcedureIds procedures)
    {
        this.procedures = procedures;
        Pragmas(connection);
        var values = string.Join(", ", Columns.Select((_, i) => $"?{i + 1}"));
        insert = new SqliteStatement(connection, $"INSERT INTO \"Dossiers\" ({ColumnList}) VALUES ({values}) ON CONFLICT (\"Source\", \"Code\") DO NOTHING");
        var set = string.Join(", ", Columns.Select((c, i) => (c, i)).Where(x => x.c is not ("Source" or "Code" or "CreatedBatchId")).Select(x => $"\"{x.c}\" = ?{x.i + 1}"));
        update = new SqliteStatement(connection, $"UPDATE \"Dossiers\" SET {set} WHERE \"Source\" = ?1 AND \"Code\" = ?2");
        previous = new SqliteStatement(connection, "SELECT \"ReceivedAt\", \"FinishedAt\" FROM \"Dossiers\" WHERE \"Source\" = ?1 AND \"Code\" = ?2");
        previous.Check(previous.BindText(1, source));
        foreach (var s in new[] { insert, update })
        {
            s.Check(s.BindText(1, source) | s.BindInt64(Column("CreatedBatchId"), batchId) | s.BindInt64(Column("LastBatchId"), batchId));
        }
    }

    /// <summary>The import's connection settings. The page cache holds the pages a chunk dirties plus the index path
    /// being appended to: 16 MiB took no longer than 64 MiB (a file's codes mostly arrive in order, and pages evicted
    /// stay in the operating system's cache) and keeps the process 48 MB smaller. NORMAL synchronous in WAL mode keeps
    /// every committed chunk through a crash of the process.</summary>
    private static void Pragmas(SqliteConnection connection)
    {
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA cache_size = -16384; PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
    }

    private static int Column(string name) => Array.IndexOf(Columns, name) + 1;

    public override void Begin(DbTransaction transaction) => this.transaction = transaction;

    public override ValueTask AddAsync(DossierRecord r, CancellationToken ct)
    {
        Add(r);
        return ValueTask.CompletedTask;
    }

    private void Add(in DossierRecord r)
    {
        Bind(insert, r);
        insert.Run();
        var isNew = insert.Changes == 1;
        if (!isNew)
        {
            // The previous version's years: its contribution moves out of them.
            previous.Check(previous.BindUniqueText(2, r.Code));
            if (previous.QueryInt64Pair(out var received, out var finished))
            {
                Replaced.Add(new DateTimeOffset(received!.Value, TimeSpan.Zero), finished is { } f ? new DateTimeOffset(f, TimeSpan.Zero) : null);
            }

            Bind(update, r);
            update.Run();
        }

        Counted(isNew);
    }

    /// <summary>Binds the row's values (columns in <see cref="DossierWriter.Columns"/> order; source and batches are
    /// already bound). The bind results are OR-ed: any non-zero one is an error.</summary>
    private void Bind(SqliteStatement statement, in DossierRecord r)
    {
        var s = statement.Handle;
        var rc = statement.BindUniqueText(2, r.Code)
            | statement.BindText(3, r.UnitCode)
            | BindInt(s, 4, procedures.IdOf(r, transaction))
            | BindInt64(s, 5, r.ReceivedAt.UtcTicks)
            | BindInt64(s, 6, r.DueAt.UtcTicks)
            | statement.BindInt64(7, r.FinishedAt?.UtcTicks)
            | BindInt(s, 8, (int)r.Status)
            | BindInt(s, 9, (int)r.Channel)
            | BindInt(s, 10, (int?)r.ServiceLevel)
            | BindFlag(s, 11, r.HasFees)
            | BindFlag(s, 12, r.PaidOnline)
            | BindFlag(s, 13, r.DossierDigitised)
            | BindFlag(s, 14, r.ResultDigitised)
            | BindFlag(s, 15, r.DataReused)
            | BindFlag(s, 16, r.Apologised)
            | BindInt(s, 17, r.Rating);
        statement.Check(rc);
    }

    public override void Dispose()
    {
        insert.Dispose();
        update.Dispose();
        previous.Dispose();
    }
}
