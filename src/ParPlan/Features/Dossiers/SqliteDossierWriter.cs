using System.Data.Common;
using Microsoft.Data.Sqlite;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using static ParPlan.Data.SqliteNative;

namespace ParPlan.Features.Dossiers;

/// <summary>The SQLite writer: statements prepared once per import (<see cref="SqliteStatement"/>), bound and stepped
/// with no per-row command, parameter or reader objects. Rows go in groups of <see cref="GroupRows"/>: one
/// <c>INSERT OR IGNORE … VALUES (…), (…), …</c> per group (SQLite opens its cursors, checks the transaction and resets
/// the statement once per group instead of once per row). <c>OR IGNORE</c>, not <c>ON CONFLICT DO NOTHING</c>: a
/// statement of several rows that may stop half-way (a NOT NULL column's default is to abort the statement) makes SQLite
/// copy every page it touches into a statement journal first, a temporary file (a month's rows wrote 212 MB of 16 KiB
/// pages there); with <c>OR IGNORE</c> no constraint aborts, so there is none. Only the stored code ignores a row: every
/// NOT NULL column is always bound, and a row found neither inserted nor stored stops the import. When every row of the group changed,
/// all were new, which is every group of a first import or a new month. Otherwise the rows this statement inserted are
/// the ones with the largest rowids (a rowid without AUTOINCREMENT is the largest one plus one), and each other row
/// runs the <c>UPDATE</c> of its stored version, after its old receipt and finish are read. The rows left at a chunk's
/// end go one by one (<c>INSERT … ON CONFLICT DO NOTHING</c>: one row changed means new). (An upsert with RETURNING
/// made SQLite buffer every returned row and cost a third of the import.) The source and the batch are bound once;
/// the unit codes are pooled by the reader, so their UTF-8 bytes are encoded once; the procedure is a number
/// (<see cref="DossierProcedureIds"/>). The connection's settings for the import are the importer's
/// (<see cref="SqlitePragmas.ForImportAsync"/>).</summary>
internal sealed class SqliteDossierWriter : DossierWriter
{
    /// <summary>Rows per grouped insert (19 values each, far below SQLite's limit of 32,766 variables).</summary>
    internal const int GroupRows = 32;

    private readonly SqliteStatement insert;
    private readonly SqliteStatement insertGroup;
    private readonly SqliteStatement update;
    private readonly SqliteStatement previous;
    private readonly SqliteStatement lastRowid;
    private readonly DossierProcedureIds procedures;
    private readonly DossierRecord[] group = new DossierRecord[GroupRows];
    private int grouped;
    private DbTransaction? transaction;

    public SqliteDossierWriter(SqliteConnection connection, long batchId, string source, DossierProcedureIds procedures)
    {
        this.procedures = procedures;
        string Values(int row) => "(" + string.Join(", ", Columns.Select((_, i) => $"?{row * Columns.Length + i + 1}")) + ")";
        const string conflict = " ON CONFLICT (\"Source\", \"Code\") DO NOTHING";
        insert = new SqliteStatement(connection, $"INSERT INTO \"Dossiers\" ({ColumnList}) VALUES {Values(0)}{conflict}");
        insertGroup = new SqliteStatement(connection,
            $"INSERT OR IGNORE INTO \"Dossiers\" ({ColumnList}) VALUES {string.Join(", ", Enumerable.Range(0, GroupRows).Select(Values))}");
        var set = string.Join(", ", Columns.Select((c, i) => (c, i)).Where(x => x.c is not ("Source" or "Code" or "CreatedBatchId")).Select(x => $"\"{x.c}\" = ?{x.i + 1}"));
        update = new SqliteStatement(connection, $"UPDATE \"Dossiers\" SET {set} WHERE \"Source\" = ?1 AND \"Code\" = ?2");
        previous = new SqliteStatement(connection, "SELECT \"ReceivedAt\", \"FinishedAt\", \"rowid\" FROM \"Dossiers\" WHERE \"Source\" = ?1 AND \"Code\" = ?2");
        lastRowid = new SqliteStatement(connection, "SELECT max(\"rowid\") FROM \"Dossiers\"");
        previous.Check(previous.BindText(1, source));
        foreach (var (s, rows) in new[] { (insert, 1), (insertGroup, GroupRows), (update, 1) })
        {
            for (var row = 0; row < rows; row++)
            {
                var at = row * Columns.Length;
                s.Check(s.BindText(at + 1, source) | s.BindInt64(at + Column("CreatedBatchId"), batchId) | s.BindInt64(at + Column("LastBatchId"), batchId));
            }
        }
    }

    private static int Column(string name) => Array.IndexOf(Columns, name) + 1;

    public override void Begin(DbTransaction transaction) => this.transaction = transaction;

    public override ValueTask AddAsync(DossierRecord r, CancellationToken ct)
    {
        group[grouped++] = r;
        if (grouped == GroupRows) WriteGroup();
        return ValueTask.CompletedTask;
    }

    public override ValueTask FlushAsync(CancellationToken ct)
    {
        for (var i = 0; i < grouped; i++) Add(group[i]);
        grouped = 0;
        return ValueTask.CompletedTask;
    }

    private void WriteGroup()
    {
        for (var i = 0; i < GroupRows; i++) Bind(insertGroup, group[i], i * Columns.Length);
        insertGroup.Run();
        var inserted = insertGroup.Changes;
        grouped = 0;
        if (inserted == GroupRows)
        {
            Counted(GroupRows, GroupRows);
            return;
        }

        // Some codes were stored already. This statement's rows took the rowids above the largest one before it.
        lastRowid.QueryInt64(out var last);
        var before = (last ?? 0) - inserted;
        HashSet<string>? seen = null;
        for (var i = 0; i < GroupRows; i++)
        {
            ref readonly var r = ref group[i];
            previous.Check(previous.BindUniqueText(2, r.Code));
            if (!previous.QueryInt64(out var received, out var finished, out var rowid))
            {
                throw new InvalidOperationException($"Không ghi được hồ sơ '{r.Code}' vào kho dữ liệu; lần nhập dừng ở đây, chạy lại lệnh để tiếp tục từ lần ghi cuối.");
            }

            var isNew = rowid > before && (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(r.Code);
            if (!isNew) Replace(r, received, finished);
            Counted(isNew);
        }
    }

    private void Add(in DossierRecord r)
    {
        Bind(insert, r, 0);
        insert.Run();
        var isNew = insert.Changes == 1;
        if (!isNew)
        {
            previous.Check(previous.BindUniqueText(2, r.Code));
            previous.QueryInt64(out var received, out var finished, out _);
            Replace(r, received, finished);
        }

        Counted(isNew);
    }

    /// <summary>Updates the stored version of <paramref name="r"/>; its years (the old receipt and finish) are the ones
    /// its contribution moves out of.</summary>
    private void Replace(in DossierRecord r, long? received, long? finished)
    {
        if (received is { } at) Replaced.Add(new DateTimeOffset(at, TimeSpan.Zero), finished is { } f ? new DateTimeOffset(f, TimeSpan.Zero) : null);
        Bind(update, r, 0);
        update.Run();
    }

    /// <summary>Binds the row's values at <paramref name="at"/> (columns in <see cref="DossierWriter.Columns"/> order; source
    /// and batches are already bound). The bind results are OR-ed: any non-zero one is an error.</summary>
    private void Bind(SqliteStatement statement, in DossierRecord r, int at)
    {
        var s = statement.Handle;
        var rc = statement.BindUniqueText(at + 2, r.Code)
            | statement.BindText(at + 3, r.UnitCode)
            | BindInt(s, at + 4, procedures.IdOf(r, transaction))
            | BindInt64(s, at + 5, r.ReceivedAt.UtcTicks)
            | BindInt64(s, at + 6, r.DueAt.UtcTicks)
            | statement.BindInt64(at + 7, r.FinishedAt?.UtcTicks)
            | BindInt(s, at + 8, (int)r.Status)
            | BindInt(s, at + 9, (int)r.Channel)
            | BindInt(s, at + 10, (int?)r.ServiceLevel)
            | BindFlag(s, at + 11, r.HasFees)
            | BindFlag(s, at + 12, r.PaidOnline)
            | BindFlag(s, at + 13, r.DossierDigitised)
            | BindFlag(s, at + 14, r.ResultDigitised)
            | BindFlag(s, at + 15, r.DataReused)
            | BindFlag(s, at + 16, r.Apologised)
            | BindInt(s, at + 17, r.Rating);
        statement.Check(rc);
    }

    public override void Dispose()
    {
        insert.Dispose();
        insertGroup.Dispose();
        update.Dispose();
        previous.Dispose();
        lastRowid.Dispose();
    }
}
