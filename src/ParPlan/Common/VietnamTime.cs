namespace ParPlan.Common;

/// <summary>Time as the provinces see it (Asia/Ho_Chi_Minh, UTC+7), from the injected <see cref="TimeProvider"/>: the one
/// place that knows the Vietnam time zone.</summary>
public static class VietnamTime
{
    /// <summary>The Vietnam time zone (a fixed UTC+7 where the system has no time zone data).</summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLocal(time.GetUtcNow()).DateTime);

    /// <summary>The instant as a Vietnam wall-clock time (offset +07:00).</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The instant a Vietnam day starts (midnight in Vietnam), in UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}
