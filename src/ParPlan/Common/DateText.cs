using System.Globalization;

namespace ParPlan.Common;

/// <summary>Dates as the UI shows and reads them: dd/MM/yyyy (ISO yyyy-MM-dd is accepted too). The one place that formats
/// and parses them; instants are shown in Vietnam time (<see cref="VietnamTime"/>).</summary>
public static class DateText
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static string Format(DateOnly? date, string open = "") =>
        date is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : open;

    public static string Range(DateOnly? from, DateOnly? to) =>
        $"{Format(from, "…")} – {Format(to, "nay")}";

    /// <summary>A date a user typed: dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd; null when it is none of them.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A date in configuration: exactly dd/MM/yyyy, nothing else.</summary>
    public static DateOnly? ParseStrict(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Instant(DateTimeOffset at) =>
        VietnamTime.ToLocal(at).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>An instant in Vietnam time to the minute: dd/MM/yyyy HH:mm.</summary>
    public static string Minute(DateTimeOffset at) =>
        VietnamTime.ToLocal(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
