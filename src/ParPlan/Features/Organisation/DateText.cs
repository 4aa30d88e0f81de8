using System.Globalization;

namespace ParPlan.Features.Organisation;

/// <summary>Dates as the UI shows and reads them: dd/MM/yyyy (ISO yyyy-MM-dd is accepted too).</summary>
public static class DateText
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static string Format(DateOnly? date, string open = "") =>
        date is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : open;

    public static string Range(DateOnly? from, DateOnly? to) =>
        $"{Format(from, "…")} – {Format(to, "nay")}";

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Instant(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, VietnamZone).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>An instant in Vietnam time to the minute: dd/MM/yyyy HH:mm.</summary>
    public static string Minute(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, VietnamZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static readonly TimeZoneInfo VietnamZone = FindZone();

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
        }
    }
}
