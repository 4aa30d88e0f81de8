using System.Globalization;

namespace ParPlan.Core.Dossiers;

/// <summary>The contract's code values and canonical column names, with span-based parsing.</summary>
public static class DossierCodes
{
    public const string Code = "ma_ho_so";
    public const string ProcedureCode = "ma_thu_tuc";
    public const string ProcedureName = "ten_thu_tuc";
    public const string Field = "linh_vuc";
    public const string UnitCode = "ma_don_vi";
    public const string ReceivedAt = "ngay_tiep_nhan";
    public const string DueAt = "han_tra_ket_qua";
    public const string FinishedAt = "ngay_hoan_thanh";
    public const string Status = "trang_thai";
    public const string Channel = "kenh_nop";
    public const string ServiceLevel = "muc_do_dvc";
    public const string HasFees = "co_nghia_vu_tai_chinh";
    public const string PaidOnline = "thanh_toan_truc_tuyen";
    public const string DossierDigitised = "so_hoa_ho_so";
    public const string ResultDigitised = "so_hoa_ket_qua";
    public const string DataReused = "tai_su_dung";
    public const string Apologised = "xin_loi";
    public const string Rating = "danh_gia";

    /// <summary>All canonical columns in the order the generator writes them.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        Code, ProcedureCode, ProcedureName, Field, UnitCode, ReceivedAt, DueAt, FinishedAt, Status, Channel,
        ServiceLevel, HasFees, PaidOnline, DossierDigitised, ResultDigitised, DataReused, Apologised, Rating,
    ];

    /// <summary>Columns a row cannot do without.</summary>
    public static readonly IReadOnlyList<string> Required = [Code, UnitCode, ReceivedAt, DueAt, Status, Channel];

    /// <summary>Việt Nam's offset from UTC.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static bool TryParseStatus(ReadOnlySpan<char> s, out DossierStatus status)
    {
        s = s.Trim();
        status = default;
        if (s.Equals("dang_xu_ly", StringComparison.OrdinalIgnoreCase)) status = DossierStatus.InProcess;
        else if (s.Equals("bo_sung", StringComparison.OrdinalIgnoreCase)) status = DossierStatus.AwaitingAdditions;
        else if (s.Equals("da_xu_ly", StringComparison.OrdinalIgnoreCase)) status = DossierStatus.Processed;
        else if (s.Equals("da_tra", StringComparison.OrdinalIgnoreCase)) status = DossierStatus.Returned;
        else if (s.Equals("tu_choi", StringComparison.OrdinalIgnoreCase)) status = DossierStatus.Refused;
        else if (s.Equals("rut_ho_so", StringComparison.OrdinalIgnoreCase)) status = DossierStatus.Withdrawn;
        else return false;
        return true;
    }

    public static string ToCode(this DossierStatus status) => status switch
    {
        DossierStatus.InProcess => "dang_xu_ly",
        DossierStatus.AwaitingAdditions => "bo_sung",
        DossierStatus.Processed => "da_xu_ly",
        DossierStatus.Returned => "da_tra",
        DossierStatus.Refused => "tu_choi",
        DossierStatus.Withdrawn => "rut_ho_so",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParseChannel(ReadOnlySpan<char> s, out DossierChannel channel)
    {
        s = s.Trim();
        channel = default;
        if (s.Equals("truc_tiep", StringComparison.OrdinalIgnoreCase)) channel = DossierChannel.InPerson;
        else if (s.Equals("truc_tuyen", StringComparison.OrdinalIgnoreCase)) channel = DossierChannel.Online;
        else if (s.Equals("buu_chinh", StringComparison.OrdinalIgnoreCase)) channel = DossierChannel.Postal;
        else return false;
        return true;
    }

    public static string ToCode(this DossierChannel channel) => channel switch
    {
        DossierChannel.InPerson => "truc_tiep",
        DossierChannel.Online => "truc_tuyen",
        DossierChannel.Postal => "buu_chinh",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public static bool TryParseServiceLevel(ReadOnlySpan<char> s, out OnlineServiceLevel level)
    {
        s = s.Trim();
        level = default;
        if (s.Equals("toan_trinh", StringComparison.OrdinalIgnoreCase)) level = OnlineServiceLevel.Full;
        else if (s.Equals("mot_phan", StringComparison.OrdinalIgnoreCase)) level = OnlineServiceLevel.Partial;
        else if (s.Equals("khong", StringComparison.OrdinalIgnoreCase)) level = OnlineServiceLevel.None;
        else return false;
        return true;
    }

    public static string ToCode(this OnlineServiceLevel level) => level switch
    {
        OnlineServiceLevel.Full => "toan_trinh",
        OnlineServiceLevel.Partial => "mot_phan",
        OnlineServiceLevel.None => "khong",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>Parses a 0/1 flag; empty is unknown (<c>null</c>) and still succeeds.</summary>
    public static bool TryParseFlag(ReadOnlySpan<char> s, out bool? flag)
    {
        s = s.Trim();
        flag = null;
        if (s.IsEmpty) return true;
        if (s is "1" || s.Equals("true", StringComparison.OrdinalIgnoreCase)) { flag = true; return true; }
        if (s is "0" || s.Equals("false", StringComparison.OrdinalIgnoreCase)) { flag = false; return true; }
        return false;
    }

    /// <summary>
    /// Parses a Việt Nam local instant written <c>YYYY-MM-DDTHH:MM[:SS]</c> (a space may replace the T)
    /// or <c>dd/MM/yyyy HH:mm[:ss]</c> (one-digit day and month allowed) and returns it in UTC.
    /// </summary>
    public static bool TryParseLocalInstant(ReadOnlySpan<char> s, out DateTimeOffset utc)
    {
        utc = default;
        s = s.Trim();
        int y, mo, d, pos;
        if (s.Length >= 16 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' '))
        {
            if (!Digits(s, 0, 4, out y) || !Digits(s, 5, 2, out mo) || !Digits(s, 8, 2, out d)) return false;
            pos = 11;
        }
        else
        {
            int slash1 = s.IndexOf('/');
            if (slash1 is < 1 or > 2 || !Digits(s, 0, slash1, out d)) return false;
            int slash2 = slash1 + 1 + s[(slash1 + 1)..].IndexOf('/');
            if (slash2 - slash1 - 1 is < 1 or > 2 || !Digits(s, slash1 + 1, slash2 - slash1 - 1, out mo)) return false;
            if (!Digits(s, slash2 + 1, 4, out y) || s.Length < slash2 + 6 || s[slash2 + 5] != ' ') return false;
            pos = slash2 + 6;
        }
        return TryTime(s[pos..], y, mo, d, out utc);
    }

    private static bool TryTime(ReadOnlySpan<char> t, int y, int mo, int d, out DateTimeOffset utc)
    {
        utc = default;
        int h, mi, sec = 0;
        int colon = t.IndexOf(':');
        if (colon is < 1 or > 2 || !Digits(t, 0, colon, out h)) return false;
        if (!Digits(t, colon + 1, 2, out mi)) return false;
        var rest = t[(colon + 3)..];
        if (rest.Length > 0)
        {
            if (rest.Length != 3 || rest[0] != ':' || !Digits(rest, 1, 2, out sec)) return false;
        }
        if (y < 1900 || y > 2200 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)
            || h > 23 || mi > 59 || sec > 59)
            return false;
        var ticks = new DateTime(y, mo, d, h, mi, sec, DateTimeKind.Unspecified).Ticks - VietnamOffset.Ticks;
        utc = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int length, out int value)
    {
        value = 0;
        if (start + length > s.Length) return false;
        for (int i = start; i < start + length; i++)
        {
            int c = s[i] - '0';
            if ((uint)c > 9) return false;
            value = value * 10 + c;
        }
        return true;
    }

    /// <summary>Formats a UTC instant as Việt Nam local time <c>YYYY-MM-DDTHH:MM:SS</c>.</summary>
    public static string FormatLocal(DateTimeOffset utc) =>
        utc.ToOffset(VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The local (UTC+7) calendar date of a UTC instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset utc) => DateOnly.FromDateTime(utc.UtcDateTime + VietnamOffset);

    /// <summary>The UTC instant at which the given local date starts.</summary>
    public static DateTimeOffset LocalStartOfDay(DateOnly date) =>
        new(date.ToDateTime(TimeOnly.MinValue).Ticks - VietnamOffset.Ticks, TimeSpan.Zero);
}
