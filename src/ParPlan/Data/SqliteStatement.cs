using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ParPlan.Data;

/// <summary>A statement prepared once on an open connection and run many times with values bound through
/// <see cref="SqliteNative"/>: the bulk writers' way around a command, its parameters and their conversions per row.
/// Bindings stay until they are replaced, so values common to every row are bound once.</summary>
internal sealed class SqliteStatement : IDisposable
{
    private const int MaxCachedStrings = 100_000;
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly Dictionary<string, byte[]> utf8 = new(ReferenceEqualityComparer.Instance);
    private byte[] buffer = new byte[256];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        DbHandle = db.DangerousGetHandle();
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
        Handle = statement.DangerousGetHandle();
    }

    /// <summary>The native statement, valid until <see cref="Dispose"/>.</summary>
    public IntPtr Handle { get; }

    /// <summary>The native connection.</summary>
    public IntPtr DbHandle { get; }

    /// <summary>Binds text; repeated string objects (pooled by a reader) are encoded once and reused.</summary>
    public int BindText(int index, string? value)
    {
        if (value is null) return SqliteNative.BindNull(Handle, index);
        if (!utf8.TryGetValue(value, out var bytes))
        {
            if (utf8.Count >= MaxCachedStrings) utf8.Clear();
            bytes = Encoding.UTF8.GetBytes(value);
            utf8[value] = bytes;
        }

        return SqliteNative.BindText(Handle, index, bytes);
    }

    /// <summary>Binds text that is different on every row (a dossier code), without caching it.</summary>
    public int BindUniqueText(int index, string value)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (buffer.Length < max) buffer = new byte[max];
        return SqliteNative.BindText(Handle, index, buffer.AsSpan(0, Encoding.UTF8.GetBytes(value, buffer)));
    }

    /// <summary>The index of a named parameter (e.g. <c>@end</c>) for the Bind methods; 0 when the statement has none of that name.</summary>
    public int ParameterIndex(string name) => raw.sqlite3_bind_parameter_index(statement, name);

    public int BindInt64(int index, long? value) => value is { } v ? SqliteNative.BindInt64(Handle, index, v) : SqliteNative.BindNull(Handle, index);

    /// <summary>Steps the statement once (an INSERT or UPDATE) and resets it for the next row.</summary>
    public void Run()
    {
        var rc = SqliteNative.Step(Handle);
        _ = SqliteNative.Reset(Handle); // repeats the step's error, already in rc
        if (rc != raw.SQLITE_DONE) Check(rc);
    }

    /// <summary>Steps a query to its next row (read its columns through <see cref="SqliteNative"/> with <see cref="Handle"/>);
    /// false when there is none (the statement is then reset, and may be run again).</summary>
    public bool Next()
    {
        var rc = SqliteNative.Step(Handle);
        if (rc == raw.SQLITE_ROW) return true;
        _ = SqliteNative.Reset(Handle); // repeats the step's error, already in rc
        if (rc != raw.SQLITE_DONE) Check(rc);
        return false;
    }

    /// <summary>Steps a query to its first row and reads its first integer column (null when NULL or when there is no
    /// row), then resets it.</summary>
    public bool QueryInt64(out long? first)
    {
        Span<long?> values = stackalloc long?[1];
        var found = Query(values);
        first = values[0];
        return found;
    }

    /// <summary>Steps a query to its first row and reads three integer columns (null when NULL or when there is no
    /// row), then resets it; false when it found no row.</summary>
    public bool QueryInt64(out long? first, out long? second, out long? third)
    {
        Span<long?> values = stackalloc long?[3];
        var found = Query(values);
        (first, second, third) = (values[0], values[1], values[2]);
        return found;
    }

    private bool Query(Span<long?> values)
    {
        values.Clear();
        var rc = raw.sqlite3_step(statement);
        try
        {
            if (rc != raw.SQLITE_ROW)
            {
                if (rc != raw.SQLITE_DONE) Check(rc);
                return false;
            }

            for (var i = 0; i < values.Length; i++)
            {
                values[i] = raw.sqlite3_column_type(statement, i) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(statement, i);
            }

            return true;
        }
        finally
        {
            _ = raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Rows changed by the last <see cref="Run"/>.</summary>
    public int Changes => SqliteNative.Changes(DbHandle);

    /// <summary>Throws for an error code (the OR of several bind results is checked the same way).</summary>
    public void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
        }
    }

    public void Dispose() => raw.sqlite3_finalize(statement);
}
