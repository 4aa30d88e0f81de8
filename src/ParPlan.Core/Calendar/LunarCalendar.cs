namespace ParPlan.Core.Calendar;

/// <summary>
/// Solar ↔ lunar conversion for the Vietnamese calendar: new moons and solar terms (Meeus' low-precision series) reckoned at
/// the UTC+7 meridian, as in Hồ Ngọc Đức's public algorithm that Vietnamese calendar software uses. A lunar month starts on
/// the day of its new moon; month 11 holds the winter solstice; a 13-month year repeats the first month holding no major
/// solar term. <see cref="System.Globalization.ChineseLunisolarCalendar"/> reckons at UTC+8 and differs in some years
/// (Tết 1985, 2007), so it is not used. Valid for roughly 1800–2199.
/// </summary>
public static class LunarCalendar
{
    private const double TimeZone = 7.0;
    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695; // Julian day of the new moon of 1 January 1900
    private const int JulianDayOfDayNumberZero = 1721426; // 0001-01-01 (proleptic Gregorian) as a Julian day number

    /// <summary>The lunar date of a solar (Gregorian) date.</summary>
    public static LunarDate FromSolar(DateOnly date)
    {
        var day = JulianDay(date);
        var k = (int)Math.Floor((day - NewMoonEpoch) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1);
        if (monthStart > day) monthStart = NewMoonDay(k);

        var a11 = Month11(date.Year);
        var b11 = a11;
        int year;
        if (a11 >= monthStart)
        {
            year = date.Year;
            a11 = Month11(date.Year - 1);
        }
        else
        {
            year = date.Year + 1;
            b11 = Month11(date.Year + 1);
        }

        var diff = (monthStart - a11) / 29;
        var leap = false;
        var month = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapDiff = LeapMonthOffset(a11);
            if (diff >= leapDiff)
            {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }

        if (month > 12) month -= 12;
        if (month >= 11 && diff < 4) year--;
        return new LunarDate(day - monthStart + 1, month, year, leap);
    }

    /// <summary>The solar date of a lunar date; null when the lunar year has no such leap month or day.</summary>
    public static DateOnly? ToSolar(LunarDate lunar)
    {
        if (lunar.Month is < 1 or > 12 || lunar.Day is < 1 or > 30) return null;
        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = Month11(lunar.Year - 1);
            b11 = Month11(lunar.Year);
        }
        else
        {
            a11 = Month11(lunar.Year);
            b11 = Month11(lunar.Year + 1);
        }

        var k = (int)Math.Floor(0.5 + (a11 - NewMoonEpoch) / SynodicMonth);
        var off = lunar.Month - 11;
        if (off < 0) off += 12;
        if (b11 - a11 > 365)
        {
            var leapOff = LeapMonthOffset(a11);
            if (lunar.Leap && lunar.Month != MonthAt(leapOff - 1)) return null;
            if (lunar.Leap || off >= leapOff) off++;
        }
        else if (lunar.Leap)
        {
            return null;
        }

        var monthStart = NewMoonDay(k + off);
        if (lunar.Day > NewMoonDay(k + off + 1) - monthStart) return null;
        return DateOnly.FromDayNumber(monthStart + lunar.Day - 1 - JulianDayOfDayNumberZero);
    }

    /// <summary>The leap month of a lunar year (the number of the month it repeats, 1–12), or null when it has none.</summary>
    public static int? LeapMonthOf(int lunarYear)
    {
        // Months 1–10 lie in the cycle from month 11 of the year before; months 11 and 12 in the next one.
        if (LeapInCycle(lunarYear - 1) is { } early && early <= 10) return early;
        return LeapInCycle(lunarYear) is { } late && late >= 11 ? late : null;
    }

    private static int? LeapInCycle(int solarYear)
    {
        var a11 = Month11(solarYear);
        return Month11(solarYear + 1) - a11 > 365 ? MonthAt(LeapMonthOffset(a11) - 1) : null;
    }

    /// <summary>The month number at a given count of months after month 11 (0 is month 11, 2 is month 1).</summary>
    private static int MonthAt(int offset) => (offset + 10) % 12 + 1;

    private static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    /// <summary>The Julian day at which the k-th new moon after 1 January 1900 begins, local time.</summary>
    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZone / 24);

    private static double NewMoon(int k)
    {
        const double dr = Math.PI / 180;
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
            + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
        var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
        var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m)
            - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr)
            - 0.0004 * Math.Sin(dr * 3 * mpr)
            + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr))
            - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m))
            - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr))
            + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's longitude at local midnight starting a day, as the index (0–11) of its 30° sector.</summary>
    private static int SunSector(int julianDay)
    {
        const double dr = Math.PI / 180;
        var t = (julianDay - 0.5 - TimeZone / 24 - 2451545.0) / 36525;
        var t2 = t * t;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m)
            + (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        var l = (l0 + dl) * dr;
        l -= Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
        return (int)Math.Floor(l / Math.PI * 6);
    }

    /// <summary>The Julian day starting lunar month 11 (the month of the winter solstice) of a solar year.</summary>
    private static int Month11(int year)
    {
        var off = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(off / SynodicMonth);
        var nm = NewMoonDay(k);
        return SunSector(nm) >= 9 ? NewMoonDay(k - 1) : nm;
    }

    /// <summary>How many months after month 11 the leap month comes: the first month whose start shares its sun sector
    /// with the next month's start, i.e. a month without a major solar term.</summary>
    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor((a11 - NewMoonEpoch) / SynodicMonth + 0.5);
        var i = 1;
        var arc = SunSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
