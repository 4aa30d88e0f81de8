namespace ParPlan.Core.Calendar;

/// <summary>A day of the Vietnamese lunisolar calendar: day 1–30, month 1–12, the lunar year, and whether the month is the
/// leap (nhuận) repeat of the month before.</summary>
public readonly record struct LunarDate(int Day, int Month, int Year, bool Leap = false)
{
    public override string ToString() => $"{Day:00}/{Month:00}{(Leap ? " nhuận" : "")}/{Year}";
}
