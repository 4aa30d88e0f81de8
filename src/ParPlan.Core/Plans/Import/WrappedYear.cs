using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>A date whose year wraps in a narrow time column ("30/9/202" / "7", "31/12/20" / "27"): the line of bare
/// figures that finishes the year goes back onto the date's line before the row is cut into cells, so the cutter never
/// sees it as a cell of its own (it went to the next column, a note or nothing, and the deadline stayed unreadable).</summary>
internal static partial class WrappedYear
{
    /// <summary>The row's lines with each year's wrapped figures put back after the date they finish.</summary>
    public static IReadOnlyList<(string Text, bool AfterBreak)> Mend(IReadOnlyList<(string Text, bool AfterBreak)> lines)
    {
        List<(string Text, bool AfterBreak)>? mended = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > 0 && !line.AfterBreak && Finishes(mended is null ? lines[i - 1].Text : mended[^1].Text, line.Text))
            {
                mended ??= lines.Take(i).ToList();
                mended[^1] = (mended[^1].Text.TrimEnd() + line.Text.Trim(), mended[^1].AfterBreak);
                continue;
            }

            mended?.Add(line);
        }

        return mended ?? lines;
    }

    /// <summary>The line before ends on a date whose year is cut after "2", "20" or "202", and this line is only the
    /// figures that make it a year of four.</summary>
    private static bool Finishes(string before, string line)
    {
        var figures = line.Trim();
        if (figures.Length is 0 or > 3 || !figures.All(char.IsAsciiDigit))
        {
            return false;
        }

        return UnfinishedYear().Match(before.TrimEnd()) is { Success: true } m && m.Groups[1].Length + figures.Length == 4;
    }

    [GeneratedRegex(@"(?:^|[\s(])\d{1,2}/(?:\d{1,2}/)?(2\d{0,2})$")]
    private static partial Regex UnfinishedYear();
}
