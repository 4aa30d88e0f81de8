using System.Text;
using ParPlan.Core.Tasks;

namespace ParPlan.Core.Tests.Tasks;

public class IcsWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void A_calendar_holds_one_all_day_event_per_deadline_with_crlf_lines()
    {
        var ics = IcsWriter.Write("Xã A", [new IcsEvent("t1-2025-01-15@parplan", new DateOnly(2025, 1, 15), "Nộp kế hoạch")], Stamp);

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20250115\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTEND;VALUE=DATE:20250116\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTAMP:20250102T030405Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nUID:t1-2025-01-15@parplan\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_values_escape_commas_semicolons_backslashes_and_newlines()
    {
        Assert.Equal("a\\, b\\; c\\\\d\\ne", IcsWriter.Escape("a, b; c\\d\ne"));
    }

    [Fact]
    public void Long_vietnamese_lines_fold_at_75_octets_without_splitting_characters_and_unfold_to_the_original()
    {
        var summary = string.Concat(Enumerable.Repeat("Cải cách thủ tục hành chính ", 8)).Trim();
        var ics = IcsWriter.Write("X", [new IcsEvent("u", new DateOnly(2025, 5, 1), summary)], Stamp);

        var physical = ics.Split("\r\n");
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:" + summary + "\r\n", unfolded, StringComparison.Ordinal);
    }
}
