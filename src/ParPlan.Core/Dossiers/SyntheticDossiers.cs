using System.Text;
using ParPlan.Core.Calendar;

namespace ParPlan.Core.Dossiers;

/// <summary>
/// Deterministic (seeded) synthetic dossiers of one province-year in the canonical CSV layout: rows come in receipt
/// order with Tết seasonality, 90–98% finished on time depending on the field, online share rising through the
/// year, a few withdrawn and refused, open dossiers at the export date, ratings, and apologies for about half the
/// late ones. The same options always give the same bytes (own xoshiro256** generator, invariant formatting).
/// </summary>
public static class SyntheticDossiers
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(Stream output, SyntheticDossierOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Count);
        if (options.UnitCodes.Count == 0) throw new ArgumentException("Cần ít nhất một mã đơn vị.", nameof(options));
        var rng = new Xoshiro(options.Seed);
        var procs = SyntheticProcedures.All;
        var procText = procs.Select(p => Csv(p.Code) + "," + Csv(p.Name) + "," + Csv(p.Field) + ",").Select(Utf8.GetBytes).ToArray();
        var procCum = Cumulative(procs.Select(p => p.Weight));
        var unitBytes = options.UnitCodes.Select(u => Utf8.GetBytes(Csv(u) + ",")).ToArray();
        var unitCum = Cumulative(options.UnitCodes.Select((_, i) => i == 0 ? 3.0 : 0.4 + 1.6 * rng.NextDouble()));
        var year = options.Year;
        var start = new DateTime(year, 1, 1);
        var export = options.ExportedAtLocal ?? new DateTime(year, 12, 31, 23, 59, 0);
        int days = DateTime.IsLeapYear(year) ? 366 : 365;
        var calendar = new WorkCalendar(start, days + 400);
        var dayWeights = new double[days];
        for (int d = 0; d < days; d++)
        {
            var date = start.AddDays(d);
            double w = SyntheticProcedures.MonthWeight[date.Month];
            dayWeights[d] = date.DayOfWeek switch { DayOfWeek.Sunday => 0, DayOfWeek.Saturday => 0.15 * w, _ => w };
        }
        double totalWeight = dayWeights.Sum();
        using var w8 = new CsvBytes(output);
        w8.Raw(Utf8.GetBytes(string.Join(",", DossierCodes.Columns) + "\n"));
        long seq = 0;
        double cumWeight = 0;
        for (int d = 0; d < days; d++)
        {
            cumWeight += dayWeights[d];
            long target = d == days - 1 ? options.Count : (long)Math.Round(options.Count * cumWeight / totalWeight);
            double t = (start.AddDays(d).Month - 1) / 11.0;
            while (seq < target)
            {
                seq++;
                int pi = Pick(procCum, rng.NextDouble());
                var p = procs[pi];
                int unit = Pick(unitCum, rng.NextDouble());
                var received = start.AddDays(d).AddMinutes(450 + rng.Next(570));
                if (received > export) continue; // not yet received when the export was taken
                var dueDay = calendar.AddWorkingDays(d, Math.Max(1, p.WorkingDays));
                var due = start.AddDays(dueDay).AddHours(17);
                double onlineShare = p.Level switch
                {
                    OnlineServiceLevel.Full => 0.35 + 0.45 * t,
                    OnlineServiceLevel.Partial => 0.18 + 0.37 * t,
                    _ => 0,
                };
                double r = rng.NextDouble();
                string channel = r < onlineShare ? "truc_tuyen" : r < onlineShare + 0.02 ? "buu_chinh" : "truc_tiep";
                bool online = channel == "truc_tuyen";
                double outcome = rng.NextDouble();
                bool withdrawn = outcome < 0.01, refused = !withdrawn && outcome < 0.025;
                bool late = !withdrawn && rng.NextDouble() < p.LateShare * (0.8 + 0.5 * t);
                DateTime finished = late
                    ? due.AddHours(16 + rng.Next(24 * 12))
                    : received.AddTicks((long)((due - received).Ticks * (0.15 + 0.85 * rng.NextDouble())));
                bool open = finished > export;
                string status = open ? (rng.NextDouble() < 0.2 ? "bo_sung" : "dang_xu_ly")
                    : withdrawn ? "rut_ho_so" : refused ? "tu_choi"
                    : finished > export.AddDays(-10) && rng.NextDouble() < 0.5 ? "da_xu_ly"
                    : rng.NextDouble() < 0.9 ? "da_tra" : "da_xu_ly";
                bool overdue = open ? due < export : late;
                w8.Ascii("HS"); w8.Number(year, 4); w8.Number(seq, 8); w8.Comma();
                w8.Raw(procText[pi]);
                w8.Raw(unitBytes[unit]);
                w8.Date(received); w8.Comma();
                w8.Date(due); w8.Comma();
                if (!open) w8.Date(finished);
                w8.Comma();
                w8.Ascii(status); w8.Comma();
                w8.Ascii(channel); w8.Comma();
                w8.Ascii(p.Level.ToCode()); w8.Comma();
                w8.Flag(p.Fees); w8.Comma();
                if (p.Fees) w8.Flag(rng.NextDouble() < (online ? 0.78 : 0.12));
                w8.Comma();
                w8.Flag(rng.NextDouble() < 0.72 + 0.25 * t); w8.Comma();
                if (!open && !withdrawn) w8.Flag(rng.NextDouble() < 0.68 + 0.28 * t);
                w8.Comma();
                w8.Flag(rng.NextDouble() < 0.42 + 0.33 * t); w8.Comma();
                w8.Flag(overdue && rng.NextDouble() < 0.55); w8.Comma();
                if (!open && !withdrawn && rng.NextDouble() < 0.35)
                {
                    double q = rng.NextDouble() - (late ? 0.25 : 0);
                    w8.Number(q < 0.03 ? 1 : q < 0.06 ? 2 : q < 0.13 ? 3 : q < 0.33 ? 4 : 5, 1);
                }
                w8.Newline();
            }
        }
    }

    private static string Csv(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var w = weights.ToArray();
        var cum = new double[w.Length];
        double sum = w.Sum(), acc = 0;
        for (int i = 0; i < w.Length; i++) cum[i] = (acc += w[i]) / sum;
        return cum;
    }

    private static int Pick(double[] cumulative, double u)
    {
        int i = Array.BinarySearch(cumulative, u);
        i = i < 0 ? ~i : i;
        return Math.Min(i, cumulative.Length - 1);
    }

    /// <summary>Working days after a day (weekends, public holidays and their compensation days skipped, as
    /// <see cref="WorkingCalendar.Vietnam"/>), as day offsets from 1 January.</summary>
    private sealed class WorkCalendar
    {
        private readonly int[] _ordinal;
        private readonly List<int> _days = [];

        public WorkCalendar(DateTime start, int length)
        {
            _ordinal = new int[length];
            for (int d = 0; d < length; d++)
            {
                _ordinal[d] = _days.Count;
                if (WorkingCalendar.Vietnam.IsWorkingDay(DateOnly.FromDateTime(start.AddDays(d)))) _days.Add(d);
            }
        }

        public int AddWorkingDays(int day, int n)
        {
            int k = _ordinal[day] + n;
            return k < _days.Count ? _days[k] : _days[^1];
        }
    }

    /// <summary>xoshiro256** seeded through splitmix64: fast and identical on every platform and runtime.</summary>
    private sealed class Xoshiro
    {
        private ulong _s0, _s1, _s2, _s3;

        public Xoshiro(ulong seed)
        {
            _s0 = SplitMix(ref seed); _s1 = SplitMix(ref seed); _s2 = SplitMix(ref seed); _s3 = SplitMix(ref seed);
        }

        private static ulong SplitMix(ref ulong x)
        {
            ulong z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public ulong NextUInt64()
        {
            ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0; _s3 ^= _s1; _s1 ^= _s2; _s0 ^= _s3; _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }

        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        public int Next(int max) => (int)(NextDouble() * max);
    }
}
