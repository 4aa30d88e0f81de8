using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Indicators;

/// <summary>
/// A compact binary form of a year's raw counts, so they can be kept between computations: first the records of the
/// year's dossiers without a finish date (<see cref="UnfinishedRecords"/>, behind their length so the counts are read
/// without them), then per bucket its unit, field and procedure and only the counters that are not zero (slot index and
/// value, 7-bit encoded). A province-year of a few thousand buckets takes a few hundred kilobytes. The form records how
/// many slots a bucket has, so counts written by a build with other counters (or in an earlier form) are refused
/// (<see cref="TryRead"/> returns false) instead of misread.
/// </summary>
public static class DossierCountsBinary
{
    private const byte Format = 2;

    public static byte[] Write(DossierCounts counts) => Write(counts, []);

    /// <summary>The counts and the records without a finish date of the year (see <see cref="UnfinishedRecords"/>).</summary>
    public static byte[] Write(DossierCounts counts, IReadOnlyCollection<DossierRecord> unfinished)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Format);
            var section = UnfinishedRecords.Write(unfinished);
            w.Write7BitEncodedInt(section.Length);
            w.Write(section);
            var buckets = counts.Buckets.ToList();
            w.Write7BitEncodedInt(buckets.Count);
            foreach (var (key, values) in buckets)
            {
                w.Write(key.Unit);
                w.Write(key.Field);
                w.Write(key.Procedure);
                w.Write7BitEncodedInt(values.Length);
                w.Write7BitEncodedInt(values.Count(v => v != 0));
                for (int i = 0, previous = 0; i < values.Length; i++)
                {
                    if (values[i] == 0) continue;
                    w.Write7BitEncodedInt(i - previous);
                    w.Write7BitEncodedInt(values[i]);
                    previous = i;
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>Adds the stored counts, of <paramref name="seen"/> records, to <paramref name="into"/> (of the same year);
    /// false, with nothing added, when the bytes are not of this form or this build's counters.</summary>
    public static bool TryRead(byte[] data, DossierAccumulator into, long seen)
    {
        var read = new List<(DossierBucket, int[])>();
        try
        {
            using var r = new BinaryReader(new MemoryStream(data, writable: false), System.Text.Encoding.UTF8);
            if (r.ReadByte() != Format) return false;
            var skip = r.Read7BitEncodedInt();
            if (skip < 0 || r.BaseStream.Position + skip > data.Length) return false;
            r.BaseStream.Position += skip;
            var count = r.Read7BitEncodedInt();
            var slots = DossierCounters.Count * DossierAccumulator.Slots;
            for (var b = 0; b < count; b++)
            {
                var key = new DossierBucket(r.ReadString(), r.ReadString(), r.ReadString());
                if (r.Read7BitEncodedInt() != slots) return false;
                var values = new int[slots];
                var nonZero = r.Read7BitEncodedInt();
                for (int n = 0, i = 0; n < nonZero; n++)
                {
                    i += r.Read7BitEncodedInt();
                    values[i] = r.Read7BitEncodedInt();
                }

                read.Add((key, values));
            }
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or FormatException or IOException)
        {
            return false;
        }

        foreach (var (key, values) in read) into.Add(key, values);
        into.RecordsSeen += seen;
        return true;
    }

    /// <summary>Adds the kept records without a finish date to <paramref name="into"/>; false, with nothing added, when the
    /// bytes are not of this form.</summary>
    public static bool TryReadUnfinished(byte[] data, List<DossierRecord> into)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(data, writable: false), System.Text.Encoding.UTF8);
            if (r.ReadByte() != Format) return false;
            var length = r.Read7BitEncodedInt();
            if (length < 0 || r.BaseStream.Position + length > data.Length) return false;
            return UnfinishedRecords.TryRead(data, (int)r.BaseStream.Position, length, into);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IOException)
        {
            return false;
        }
    }
}
