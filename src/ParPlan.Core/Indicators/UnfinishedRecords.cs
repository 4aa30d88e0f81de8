using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Indicators;

/// <summary>
/// The records without a finish date as <see cref="DossierCountsBinary"/> keeps them beside a year's counts: their month-end
/// snapshots move with the clock, so they are kept as records (every field a computation counts; not the code, the
/// procedure's name or a finish date) and counted again as of each computation's instant, instead of being read back from
/// the stored dossiers. Texts are written once each; the records in receipt order, instants as differences. About twenty
/// bytes a record.
/// </summary>
public static class UnfinishedRecords
{
    public static byte[] Write(IReadOnlyCollection<DossierRecord> records)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var texts = new Dictionary<string, int>(StringComparer.Ordinal);
            var ordered = records.OrderBy(d => d.ReceivedAt.UtcTicks).ThenBy(d => d.DueAt.UtcTicks).ToList();
            foreach (var d in ordered)
            {
                Text(d.UnitCode);
                if (d.Field is { } f) Text(f);
                if (d.ProcedureCode is { } p) Text(p);
            }

            w.Write7BitEncodedInt(texts.Count);
            foreach (var text in texts.OrderBy(t => t.Value).Select(t => t.Key)) w.Write(text);
            w.Write7BitEncodedInt(ordered.Count);
            long previous = 0;
            foreach (var d in ordered)
            {
                w.Write7BitEncodedInt(texts[d.UnitCode]);
                w.Write7BitEncodedInt(d.Field is { } f ? texts[f] + 1 : 0);
                w.Write7BitEncodedInt(d.ProcedureCode is { } p ? texts[p] + 1 : 0);
                w.Write7BitEncodedInt64(ZigZag(d.ReceivedAt.UtcTicks - previous));
                w.Write7BitEncodedInt64(ZigZag(d.DueAt.UtcTicks - d.ReceivedAt.UtcTicks));
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
        var read = new List<DossierRecord>();
        try
        {
            using var r = new BinaryReader(new MemoryStream(data, offset, length, writable: false), System.Text.Encoding.UTF8);
            var texts = new string[r.Read7BitEncodedInt()];
            for (var i = 0; i < texts.Length; i++) texts[i] = r.ReadString();
            var count = r.Read7BitEncodedInt();
            long previous = 0;
            for (var n = 0; n < count; n++)
            {
                var unit = texts[r.Read7BitEncodedInt()];
                var field = r.Read7BitEncodedInt() is var fi and > 0 ? texts[fi - 1] : null;
                var procedure = r.Read7BitEncodedInt() is var pi and > 0 ? texts[pi - 1] : null;
                var received = previous + UnZigZag(r.Read7BitEncodedInt64());
                var due = received + UnZigZag(r.Read7BitEncodedInt64());
                previous = received;
                var status = (DossierStatus)r.Read7BitEncodedInt();
                var channel = (DossierChannel)r.Read7BitEncodedInt();
                var level = r.Read7BitEncodedInt() is var li and > 0 ? (OnlineServiceLevel?)(li - 1) : null;
                var flags = r.Read7BitEncodedInt();
                var rating = r.ReadByte() is var rb and > 0 ? (byte?)(rb - 1) : null;
                read.Add(new DossierRecord
                {
                    Code = "", UnitCode = unit, Field = field, ProcedureCode = procedure,
                    ReceivedAt = new DateTimeOffset(received, TimeSpan.Zero), DueAt = new DateTimeOffset(due, TimeSpan.Zero),
                    Status = status, Channel = channel, ServiceLevel = level,
                    HasFees = Flag(flags, 0), PaidOnline = Flag(flags, 1), DossierDigitised = Flag(flags, 2),
                    ResultDigitised = Flag(flags, 3), DataReused = Flag(flags, 4), Apologised = Flag(flags, 5), Rating = rating,
                });
            }

            if (r.BaseStream.Position != length) return false;
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or FormatException or IOException or ArgumentOutOfRangeException)
        {
            return false;
        }

        into.AddRange(read);
        return true;
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
}
