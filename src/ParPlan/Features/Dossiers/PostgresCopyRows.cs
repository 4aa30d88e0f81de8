using System.Buffers.Binary;
using System.Text;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>A chunk's rows encoded once in PostgreSQL's binary COPY format, the key <c>Id</c> and then every column of
/// <see cref="DossierWriter.Columns"/> in order: the bytes a <c>COPY … FROM STDIN (FORMAT BINARY)</c> reads, sent as
/// they are through Npgsql's raw copy stream. Encoding a row is a few dozen stores into one reused buffer; Npgsql's
/// binary importer resolved, bound and wrote each of the 19 values through a parameter object and took most of the
/// writer's time. The same bytes serve the direct copy into <c>Dossiers</c> and, when that is refused, the copy into
/// the staging table (same columns).</summary>
internal sealed class PostgresCopyRows
{
    /// <summary>"PGCOPY\n\377\r\n\0", then a zero flags field and a zero header-extension length.</summary>
    private static ReadOnlySpan<byte> Header => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>timestamptz is microseconds since 2000-01-01 00:00 UTC.</summary>
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>A row's fixed part: 20 length words, the key, 5 timestamps or int8 as 8 bytes, 6 int4, 6 booleans.</summary>
    private const int FixedRowBytes = 2 + 20 * 4 + 6 * 8 + 6 * 4 + 6;

    /// <summary>The columns of a row: the key, then <see cref="DossierWriter.Columns"/>.</summary>
    public const int ColumnCount = 20;

    private readonly byte[] sourceBytes;
    private readonly long batchId;
    private byte[] buffer = new byte[1 << 20];
    private int[] keyAt = new int[4096];
    private int length;

    public PostgresCopyRows(string source, long batchId)
    {
        sourceBytes = Encoding.UTF8.GetBytes(source);
        this.batchId = batchId;
        Clear();
    }

    /// <summary>Rows encoded since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    public void Clear()
    {
        Header.CopyTo(buffer);
        length = Header.Length;
        Count = 0;
    }

    /// <summary>Writes the keys <paramref name="first"/>, <paramref name="first"/> + 1, … into the rows in order (a row's
    /// key is left blank by <see cref="Add"/> until the chunk's block of keys is reserved).</summary>
    public void Number(long first)
    {
        var span = buffer.AsSpan();
        for (var i = 0; i < Count; i++) BinaryPrimitives.WriteInt64BigEndian(span[keyAt[i]..], first + i);
    }

    /// <summary>The encoded rows followed by the end-of-data marker; valid until the next <see cref="Add"/> or
    /// <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Complete()
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(length), -1);
        return buffer.AsMemory(0, length + 2);
    }

    public void Add(in DossierRecord r, int? procedure)
    {
        Ensure(FixedRowBytes + sourceBytes.Length + Encoding.UTF8.GetMaxByteCount(r.Code.Length + r.UnitCode.Length));
        var span = buffer.AsSpan();
        var at = length;
        BinaryPrimitives.WriteInt16BigEndian(span[at..], ColumnCount);
        at += 2;
        if (Count == keyAt.Length) Array.Resize(ref keyAt, keyAt.Length * 2);
        keyAt[Count] = at + 4;
        at = Int64(span, at, 0);
        at = Bytes(span, at, sourceBytes);
        at = Text(span, at, r.Code);
        at = Text(span, at, r.UnitCode);
        at = Int(span, at, procedure);
        at = Instant(span, at, r.ReceivedAt.UtcTicks);
        at = Instant(span, at, r.DueAt.UtcTicks);
        at = r.FinishedAt is { } f ? Instant(span, at, f.UtcTicks) : Null(span, at);
        at = Int(span, at, (int)r.Status);
        at = Int(span, at, (int)r.Channel);
        at = Int(span, at, (int?)r.ServiceLevel);
        at = Flag(span, at, r.HasFees);
        at = Flag(span, at, r.PaidOnline);
        at = Flag(span, at, r.DossierDigitised);
        at = Flag(span, at, r.ResultDigitised);
        at = Flag(span, at, r.DataReused);
        at = Flag(span, at, r.Apologised);
        at = Int(span, at, r.Rating);
        at = Int64(span, at, batchId);
        length = Int64(span, at, batchId);
        Count++;
    }

    private void Ensure(int more)
    {
        if (length + more <= buffer.Length) return;
        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
    }

    private static int Bytes(Span<byte> span, int at, ReadOnlySpan<byte> value)
    {
        BinaryPrimitives.WriteInt32BigEndian(span[at..], value.Length);
        value.CopyTo(span[(at + 4)..]);
        return at + 4 + value.Length;
    }

    private static int Text(Span<byte> span, int at, string value)
    {
        var written = Encoding.UTF8.GetBytes(value, span[(at + 4)..]);
        BinaryPrimitives.WriteInt32BigEndian(span[at..], written);
        return at + 4 + written;
    }

    private static int Null(Span<byte> span, int at)
    {
        BinaryPrimitives.WriteInt32BigEndian(span[at..], -1);
        return at + 4;
    }

    private static int Int(Span<byte> span, int at, int? value)
    {
        if (value is not { } v) return Null(span, at);
        BinaryPrimitives.WriteInt32BigEndian(span[at..], 4);
        BinaryPrimitives.WriteInt32BigEndian(span[(at + 4)..], v);
        return at + 8;
    }

    private static int Int64(Span<byte> span, int at, long value)
    {
        BinaryPrimitives.WriteInt32BigEndian(span[at..], 8);
        BinaryPrimitives.WriteInt64BigEndian(span[(at + 4)..], value);
        return at + 12;
    }

    private static int Instant(Span<byte> span, int at, long utcTicks) => Int64(span, at, (utcTicks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);

    private static int Flag(Span<byte> span, int at, bool? value)
    {
        if (value is not { } v) return Null(span, at);
        BinaryPrimitives.WriteInt32BigEndian(span[at..], 1);
        span[at + 4] = v ? (byte)1 : (byte)0;
        return at + 5;
    }
}
