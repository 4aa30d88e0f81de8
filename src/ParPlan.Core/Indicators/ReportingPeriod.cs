using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ParPlan.Core.Indicators;

/// <summary>
/// A reporting period of the HTTP contract: "2025", "2025-H1", "2025-H2", "2025-Q1".."2025-Q4",
/// "2025-M01".."2025-M12", "2025-9M". Dates are local (Việt Nam) and inclusive.
/// </summary>
public readonly record struct ReportingPeriod : IComparable<ReportingPeriod>
{
    private ReportingPeriod(int year, PeriodKind kind, int index)
    {
        Year = year;
        Kind = kind;
        Index = index;
    }

    public int Year { get; }
    public PeriodKind Kind { get; }
    /// <summary>1-based half, quarter or month number; 0 for a year or the nine months.</summary>
    public int Index { get; }

    public static ReportingPeriod ForYear(int year) => new(CheckYear(year), PeriodKind.Year, 0);
    public static ReportingPeriod Half(int year, int half) => new(CheckYear(year), PeriodKind.Half, Check(half, 2));
    public static ReportingPeriod Quarter(int year, int quarter) => new(CheckYear(year), PeriodKind.Quarter, Check(quarter, 4));
    public static ReportingPeriod Month(int year, int month) => new(CheckYear(year), PeriodKind.Month, Check(month, 12));
    public static ReportingPeriod NineMonths(int year) => new(CheckYear(year), PeriodKind.NineMonths, 0);

    /// <summary>First month (1–12) of the period.</summary>
    public int FirstMonth => Kind switch
    {
        PeriodKind.Half => Index == 1 ? 1 : 7,
        PeriodKind.Quarter => 3 * Index - 2,
        PeriodKind.Month => Index,
        _ => 1,
    };

    /// <summary>Last month (1–12) of the period.</summary>
    public int LastMonth => Kind switch
    {
        PeriodKind.Half => Index * 6,
        PeriodKind.Quarter => 3 * Index,
        PeriodKind.Month => Index,
        PeriodKind.NineMonths => 9,
        _ => 12,
    };

    /// <summary>First day (inclusive, local).</summary>
    public DateOnly From => new(Year, FirstMonth, 1);

    /// <summary>Last day (inclusive, local).</summary>
    public DateOnly To => new(Year, LastMonth, DateTime.DaysInMonth(Year, LastMonth));

    /// <summary>The code as in the HTTP contract ("2025-Q3").</summary>
    public string Code => Kind switch
    {
        PeriodKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Half => $"{Year}-H{Index}",
        PeriodKind.Quarter => $"{Year}-Q{Index}",
        PeriodKind.Month => $"{Year}-M{Index:00}",
        _ => $"{Year}-9M",
    };

    /// <summary>Vietnamese label: "Năm 2025", "6 tháng đầu năm 2025", "Quý III/2025", "Tháng 07/2025", "9 tháng đầu năm 2025".</summary>
    public string Label => Kind switch
    {
        PeriodKind.Year => $"Năm {Year}",
        PeriodKind.Half => Index == 1 ? $"6 tháng đầu năm {Year}" : $"6 tháng cuối năm {Year}",
        PeriodKind.Quarter => $"Quý {Roman[Index]}/{Year}",
        PeriodKind.Month => $"Tháng {Index:00}/{Year}",
        _ => $"9 tháng đầu năm {Year}",
    };

    private static readonly string[] Roman = ["", "I", "II", "III", "IV"];

    public override string ToString() => Code;

    public bool Contains(DateOnly date) => date >= From && date <= To;

    public bool ContainsMonth(int year, int month) => year == Year && month >= FirstMonth && month <= LastMonth;

    /// <summary>Every period of a year: 12 months, 4 quarters, 2 halves, the nine months and the year (20 in all).</summary>
    public static IReadOnlyList<ReportingPeriod> AllOf(int year)
    {
        var list = new List<ReportingPeriod>(20);
        for (int m = 1; m <= 12; m++) list.Add(Month(year, m));
        for (int q = 1; q <= 4; q++) list.Add(Quarter(year, q));
        list.Add(Half(year, 1));
        list.Add(Half(year, 2));
        list.Add(NineMonths(year));
        list.Add(ForYear(year));
        return list;
    }

    public static ReportingPeriod Parse(string code) =>
        TryParse(code, out var p) ? p : throw new FormatException($"Kỳ báo cáo không hợp lệ: '{code}'.");

    public static bool TryParse([NotNullWhen(true)] string? code, out ReportingPeriod period)
    {
        period = default;
        if (code is null) return false;
        var s = code.AsSpan().Trim();
        if (s.Length < 4 || !int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1900)
            return false;
        if (s.Length == 4)
        {
            period = ForYear(year);
            return true;
        }
        if (s[4] != '-' || s.Length < 7) return false;
        var rest = s[5..];
        if (rest.Equals("9M", StringComparison.OrdinalIgnoreCase))
        {
            period = NineMonths(year);
            return true;
        }
        if (!int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return false;
        (PeriodKind kind, int max) = char.ToUpperInvariant(rest[0]) switch
        {
            'H' when rest.Length == 2 => (PeriodKind.Half, 2),
            'Q' when rest.Length == 2 => (PeriodKind.Quarter, 4),
            'M' when rest.Length == 3 => (PeriodKind.Month, 12),
            _ => (PeriodKind.Year, 0),
        };
        if (max == 0 || n < 1 || n > max) return false;
        period = new ReportingPeriod(year, kind, n);
        return true;
    }

    public static bool operator <(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) < 0;
    public static bool operator >(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) > 0;
    public static bool operator <=(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) <= 0;
    public static bool operator >=(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) >= 0;

    public int CompareTo(ReportingPeriod other)
    {
        int c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = LastMonth.CompareTo(other.LastMonth);
        return c != 0 ? c : other.FirstMonth.CompareTo(FirstMonth);
    }

    private static int CheckYear(int year) => year is >= 1900 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(year));

    private static int Check(int n, int max) => n >= 1 && n <= max ? n : throw new ArgumentOutOfRangeException(nameof(n));
}
