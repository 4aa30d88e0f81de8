using System.Globalization;
using System.Text;

namespace ParPlan.Core.Tasks;

/// <summary>
/// A minimal RFC 5545 writer: VCALENDAR with all-day VEVENTs (DTSTART;VALUE=DATE, DTEND the next day),
/// TEXT escaping (backslash, semicolon, comma, newline) and line folding at 75 octets of UTF-8, CRLF line ends.
/// </summary>
public static class IcsWriter
{
    public static string Write(string calendarName, IEnumerable<IcsEvent> events, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(events);
        var sb = new StringBuilder();
        Line(sb, "BEGIN:VCALENDAR");
        Line(sb, "VERSION:2.0");
        Line(sb, "PRODID:-//ParPlan//CCHC//VI");
        Line(sb, "CALSCALE:GREGORIAN");
        Line(sb, "METHOD:PUBLISH");
        Line(sb, "X-WR-CALNAME:" + Escape(calendarName));
        var dtStamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line(sb, "BEGIN:VEVENT");
            Line(sb, "UID:" + Escape(e.Uid));
            Line(sb, "DTSTAMP:" + dtStamp);
            Line(sb, "DTSTART;VALUE=DATE:" + Date(e.Date));
            Line(sb, "DTEND;VALUE=DATE:" + Date(e.Date.AddDays(1)));
            Line(sb, "SUMMARY:" + Escape(e.Summary));
            if (!string.IsNullOrEmpty(e.Description)) Line(sb, "DESCRIPTION:" + Escape(e.Description));
            if (!string.IsNullOrEmpty(e.Url)) Line(sb, "URL:" + e.Url);
            Line(sb, "TRANSP:TRANSPARENT");
            Line(sb, "END:VEVENT");
        }
        Line(sb, "END:VCALENDAR");
        return sb.ToString();
    }

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Date(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Writes one content line folded so no physical line exceeds 75 octets, never splitting a UTF-8 sequence or surrogate pair.</summary>
    private static void Line(StringBuilder sb, string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var bytes = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + bytes > limit)
            {
                sb.Append("\r\n ");
                octets = 1;
            }
            sb.Append(line, i, width);
            octets += bytes;
            i += width - 1;
        }
        sb.Append("\r\n");
    }
}
