namespace ParPlan.Infrastructure;

/// <summary>Dates as the offices see them: Vietnam is UTC+7 all year (no daylight saving).</summary>
public static class VietnamClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Now(this TimeProvider time) => time.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.Now().DateTime);
}
