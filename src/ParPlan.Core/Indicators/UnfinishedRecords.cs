using System.Text;
using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Indicators;

/// <summary>
/// The records without a finish date as <see cref="DossierCountsBinary"/> keeps them beside a year's counts: their month-end
/// snapshots move with the clock, so they are kept as records (every field a computation counts; not the code, the
/// procedure's name or a finish date) and counted again as of each computation's instant, instead of being read back from
/// the stored dossiers. Texts are written once each; the records in receipt order, instants as differences in the
/// largest unit that divides them all (whole seconds for the files' times). About a dozen bytes a record; read straight
/// from the bytes (a month's tens of thousands in a few milliseconds).
/// </summary>
public static class UnfinishedRecords
{
    public static byte[] Write(IReadOnlyCollection<DossierRecord> records)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            var texts = new Dictionary<string, int>(StringComparer.Ordinal);
            var ordered = records.OrderBy(d => d.ReceivedAt.UtcTicks).ThenBy(d => d.DueAt.UtcTicks).ToList();
            long unit = ordered.All(d => d.ReceivedAt.UtcTicks % TimeSpan.TicksPerSecond == 0 && d.DueAt.UtcTicks % TimeSpan.TicksPerSecond == 0)
                ? TimeSpan.TicksPerSecond : 1;
            foreach (var d in ordered)
            {
                Text(d.UnitCode);
                if (d.Field is { } f) Text(f);
                if (d.ProcedureCode is { } p) Text(p);
            }

            w.Write7BitEncodedInt64(unit);
            w.Write7BitEncodedInt(texts.Count);
            foreach (var text in texts.OrderBy(t => t.Value).Select(t => t.Key)) w.Write(text);
            w.Write7BitEncodedInt(ordered.Count);
            long previous = 0;
            foreach (var d in ordered)
            {
                w.Write7BitEncodedInt(texts[d.UnitCode]);
                w.Write7BitEncodedInt(d.Field is { } f ? texts[f] + 1 : 0);
                w.Write7BitEncodedInt(d.ProcedureCode is { } p ? texts[p] + 1 : 0);
                w.Write7BitEncodedInt64(ZigZag((d.ReceivedAt.UtcTicks - previous) / unit));
                w.Write7BitEncodedInt64(ZigZag((d.DueAt.UtcTicks - d.ReceivedAt.UtcTicks) / unit));
                previous = d.ReceivedAt.UtcTicks;
                w.Write7BitEncodedInt((int)d.Status);
                w.Write7BitEncodedInt((int)d.Channel);
                w.Write7BitEncodedInt(d.ServiceLevel is { } s ? (int)s + 1 : 0);
                w.Write7BitEncodedInt(Flags(d));
                w.Write((byte)(d.Rating is { } r ? r + 1 : 0));
            }

            void Text(string s) => texts.TryAdd(s, texts.Count);
        }

        return stream.ToArray();
    }

    /// <summary>Adds the records that <see cref="Write"/> wrote at <paramref name="offset"/> of <paramref name="data"/>, in
    /// <paramref name="length"/> bytes, to <paramref name="into"/>; false, with nothing added, when they cannot be read.</summary>
    public static bool TryRead(byte[] data, int offset, int length, List<DossierRecord> into)
    {
        var start = into.Count;
        try
        {
            var r = new Reader(data.AsSpan(offset, length));
            var unit = r.Int64();
            if (unit is not (1 or TimeSpan.TicksPerSecond)) return false;
            var texts = new string[r.Int32()];
            for (var i = 0; i < texts.Length; i++) texts[i] = r.Text();
            var count = r.Int32();
            into.EnsureCapacity(start + count);
            long previous = 0;
            for (var n = 0; n < count; n++)
            {
                var unitCode = texts[r.Int32()];
                var field = r.Int32() is var fi and > 0 ? texts[fi - 1] : null;
                var procedure = r.Int32() is var pi and > 0 ? texts[pi - 1] : null;
                var received = previous + UnZigZag(r.Int64()) * unit;
                var due = received + UnZigZag(r.Int64()) * unit;
                previous = received;
                var status = (DossierStatus)r.Int32();
                var channel = (DossierChannel)r.Int32();
                var level = r.Int32() is var li and > 0 ? (OnlineServiceLevel?)(li - 1) : null;
                var flags = r.Int32();
                var rating = r.Byte() is var rb and > 0 ? (byte?)(rb - 1) : null;
                into.Add(new DossierRecord
                {
                    Code = "", UnitCode = unitCode, Field = field, ProcedureCode = procedure,
                    ReceivedAt = new DateTimeOffset(received, TimeSpan.Zero), DueAt = new DateTimeOffset(due, TimeSpan.Zero),
                    Status = status, Channel = channel, ServiceLevel = level,
                    HasFees = Flag(flags, 0), PaidOnline = Flag(flags, 1), DossierDigitised = Flag(flags, 2),
                    ResultDigitised = Flag(flags, 3), DataReused = Flag(flags, 4), Apologised = Flag(flags, 5), Rating = rating,
                });
            }

            if (r.Position == length) return true;
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or FormatException or OverflowException or DecoderFallbackException)
        {
        }

        into.RemoveRange(start, into.Count - start);
        return false;
    }

    /// <summary>The record as kept: without its code, procedure name or finish date (none of which a count of a record
    /// without a finish date reads).</summary>
    public static DossierRecord Kept(in DossierRecord d) => d with { Code = "", ProcedureName = null, FinishedAt = null };

    private static int Flags(in DossierRecord d) =>
        Flag(d.HasFees, 0) | Flag(d.PaidOnline, 1) | Flag(d.DossierDigitised, 2) | Flag(d.ResultDigitised, 3) | Flag(d.DataReused, 4) | Flag(d.Apologised, 5);

    private static int Flag(bool? value, int at) => (value switch { null => 0, false => 1, true => 2 }) << (2 * at);

    private static bool? Flag(int flags, int at) => ((flags >> (2 * at)) & 3) switch { 1 => false, 2 => true, _ => null };

    private static long ZigZag(long v) => (v << 1) ^ (v >> 63);

    private static long UnZigZag(long v) => (long)((ulong)v >> 1) ^ -(v & 1);

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote (7-bit integers, length-prefixed UTF-8 texts) from a span;
    /// past the end it throws <see cref="IndexOutOfRangeException"/>.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;

        public int Position { get; private set; }

        public byte Byte() => _bytes[Position++];

        public long Int64()
        {
            ulong value = 0;
            for (var shift = 0; shift < 70; shift += 7)
            {
                var b = _bytes[Position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return (long)value;
            }

            throw new FormatException("A 7-bit integer is too long.");
        }

        public int Int32() => checked((int)Int64());

        public string Text()
        {
            var length = Int32();
            var text = Encoding.UTF8.GetString(_bytes.Slice(Position, length));
            Position += length;
            return text;
        }
    }
}
