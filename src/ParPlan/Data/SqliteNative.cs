using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParPlan.Data;

/// <summary>Direct calls into the SQLite library that Microsoft.Data.Sqlite has already loaded, for the loops that
/// run per row: binding and stepping the import's prepared insert, and reading the rows of a query. The general wrapper pins a safe handle and
/// converts every argument on each call, which made binding 19 values cost a third of a row's time; these take the
/// statement's raw pointer (the statement object is kept alive and finalized by its owner) and skip the GC transition
/// for the binds, which only copy a value into the statement.</summary>
internal static unsafe partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the text before the call returns.</summary>
    private static readonly IntPtr Transient = new(-1);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindInt64(IntPtr statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindInt(IntPtr statement, int index, int value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindNull(IntPtr statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int BindText(IntPtr statement, int index, byte* text, int length, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Step(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Reset(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_changes")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Changes(IntPtr db);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int ColumnType(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial long ColumnInt64(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_text")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial byte* ColumnText(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int ColumnBytes(IntPtr statement, int column);

    /// <summary>A text column's UTF-8 bytes, valid until the statement steps, resets or is finalized (empty for NULL).</summary>
    public static ReadOnlySpan<byte> ColumnUtf8(IntPtr statement, int column)
    {
        var text = ColumnText(statement, column); // converts first, then the length is that of the text
        return text == null ? default : new ReadOnlySpan<byte>(text, ColumnBytes(statement, column));
    }

    /// <summary>True when the column of the current row is NULL.</summary>
    public static bool ColumnIsNull(IntPtr statement, int column) => ColumnType(statement, column) == 5; // SQLITE_NULL

    /// <summary>Binds UTF-8 text (copied by SQLite).</summary>
    public static int BindText(IntPtr statement, int index, ReadOnlySpan<byte> utf8)
    {
        fixed (byte* text = utf8)
        {
            // An empty span has no address; SQLite needs a non-null pointer to bind "" rather than NULL.
            byte empty = 0;
            return BindText(statement, index, text == null ? &empty : text, utf8.Length, Transient);
        }
    }

    public static int BindInt(IntPtr statement, int index, int? value) => value is { } v ? BindInt(statement, index, v) : BindNull(statement, index);

    public static int BindFlag(IntPtr statement, int index, bool? value) => value is { } v ? BindInt(statement, index, v ? 1 : 0) : BindNull(statement, index);
}
