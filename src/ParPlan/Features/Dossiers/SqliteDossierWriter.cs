using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using ParPlan.Core.Dossiers;
using SQLitePCL;

namespace ParPlan.Features.Dossiers;

/// <summary>The SQLite writer: two statements prepared once per import on the connection's native handle, bound and
/// stepped row by row (no per-row command, parameter or reader objects). <c>INSERT … ON CONFLICT DO NOTHING</c> first:
/// one row changed means new; otherwise the same parameters run the <c>UPDATE</c> of the existing row. (An upsert with
/// RETURNING made SQLite buffer every returned row and cost a third of the import.) The repeated strings (unit,
/// procedure, field) are pooled by the reader, so their UTF-8 bytes are encoded once and reused.</summary>
internal sealed class SqliteDossierWriter : DossierWriter
{
    private const int MaxCachedStrings = 100_000;
    private readonly sqlite3 db;
    private readonly sqlite3_stmt insert;
    private readonly sqlite3_stmt update;
    private readonly long batchId;
    private readonly byte[] sourceBytes;
    private readonly Dictionary<string, byte[]> utf8 = new(ReferenceEqualityComparer.Instance);
    private byte[] codeBuffer = new byte[256];

    public SqliteDossierWriter(SqliteConnection connection, long batchId, string source)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        this.batchId = batchId;
        sourceBytes = Encoding.UTF8.GetBytes(source);
        var values = string.Join(", ", Columns.Select((_, i) => $"?{i + 1}"));
        Check(raw.sqlite3_prepare_v2(db, $"INSERT INTO \"Dossiers\" ({ColumnList}) VALUES ({values}) ON CONFLICT (\"Source\", \"Code\") DO NOTHING", out insert));
        var set = string.Join(", ", Columns.Select((c, i) => (c, i)).Where(x => x.c is not ("Source" or "Code" or "CreatedBatchId")).Select(x => $"\"{x.c}\" = ?{x.i + 1}"));
        Check(raw.sqlite3_prepare_v2(db, $"UPDATE \"Dossiers\" SET {set} WHERE \"Source\" = ?1 AND \"Code\" = ?2", out update));
    }

    public override void Begin(DbTransaction transaction)
    {
    }

    public override ValueTask AddAsync(DossierRecord r, CancellationToken ct)
    {
        Add(r);
        return ValueTask.CompletedTask;
    }

    public override ValueTask FlushAsync(CancellationToken ct) => ValueTask.CompletedTask;

    private void Add(in DossierRecord r)
    {
        Bind(insert, r);
        Step(insert);
        var isNew = raw.sqlite3_changes(db) == 1;
        if (!isNew)
        {
            Bind(update, r);
            Step(update);
        }

        Counted(isNew);
    }

    private void Step(sqlite3_stmt s)
    {
        var rc = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (rc != raw.SQLITE_DONE) Check(rc);
    }

    private void Bind(sqlite3_stmt s, in DossierRecord r)
    {
        raw.sqlite3_bind_text(s, 1, sourceBytes);
        raw.sqlite3_bind_text(s, 2, Code(r.Code));
        raw.sqlite3_bind_text(s, 3, Pooled(r.UnitCode));
        Text(s, 4, r.ProcedureCode);
        Text(s, 5, r.ProcedureName);
        Text(s, 6, r.Field);
        raw.sqlite3_bind_int64(s, 7, r.ReceivedAt.UtcTicks);
        raw.sqlite3_bind_int64(s, 8, r.DueAt.UtcTicks);
        if (r.FinishedAt is { } f) raw.sqlite3_bind_int64(s, 9, f.UtcTicks);
        else raw.sqlite3_bind_null(s, 9);
        raw.sqlite3_bind_text(s, 10, Pooled(StatusNames[(int)r.Status]));
        raw.sqlite3_bind_text(s, 11, Pooled(ChannelNames[(int)r.Channel]));
        Text(s, 12, r.ServiceLevel is { } l ? LevelNames[(int)l] : null);
        Flag(s, 13, r.HasFees);
        Flag(s, 14, r.PaidOnline);
        Flag(s, 15, r.DossierDigitised);
        Flag(s, 16, r.ResultDigitised);
        Flag(s, 17, r.DataReused);
        Flag(s, 18, r.Apologised);
        if (r.Rating is { } rating) raw.sqlite3_bind_int(s, 19, rating);
        else raw.sqlite3_bind_null(s, 19);
        raw.sqlite3_bind_int64(s, 20, batchId);
        raw.sqlite3_bind_int64(s, 21, batchId);
    }

    private void Text(sqlite3_stmt s, int index, string? value)
    {
        if (value is null) raw.sqlite3_bind_null(s, index);
        else raw.sqlite3_bind_text(s, index, Pooled(value));
    }

    private static void Flag(sqlite3_stmt s, int index, bool? value)
    {
        if (value is { } v) raw.sqlite3_bind_int(s, index, v ? 1 : 0);
        else raw.sqlite3_bind_null(s, index);
    }

    private ReadOnlySpan<byte> Code(string code)
    {
        var max = Encoding.UTF8.GetMaxByteCount(code.Length);
        if (codeBuffer.Length < max) codeBuffer = new byte[max];
        return codeBuffer.AsSpan(0, Encoding.UTF8.GetBytes(code, codeBuffer));
    }

    /// <summary>The UTF-8 bytes of a pooled string, by reference: a string that is not pooled costs one dictionary entry
    /// until the cache is full, then the cache starts over.</summary>
    private byte[] Pooled(string value)
    {
        if (utf8.TryGetValue(value, out var bytes)) return bytes;
        if (utf8.Count >= MaxCachedStrings) utf8.Clear();
        bytes = Encoding.UTF8.GetBytes(value);
        utf8[value] = bytes;
        return bytes;
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW)) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
    }

    public override void Dispose()
    {
        raw.sqlite3_finalize(insert);
        raw.sqlite3_finalize(update);
    }
}
