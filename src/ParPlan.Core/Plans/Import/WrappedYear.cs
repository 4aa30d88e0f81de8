using ParPlan.Core.Text;

namespace ParPlan.Core.Plans.Import;

/// <summary>A date whose year wraps in a narrow time column ("30/9/202" / "7", "31/12/20" / "27"): the line of bare
/// figures that finishes the year goes back onto the date's line before the row is cut into cells, so the cutter never
/// sees it as a cell of its own (it went to the next column, a note or nothing, and the deadline stayed unreadable).</summary>
internal static class WrappedYear
{
    /// <summary>The row's lines with each year's wrapped figures put back after the date they finish.</summary>
    public static IReadOnlyList<(string Text, bool AfterBreak)> Mend(IReadOnlyList<(string Text, bool AfterBreak)> lines)
    {
        List<(string Text, bool AfterBreak)>? mended = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > 0 && !line.AfterBreak && LineNoise.FinishesYear(mended is null ? lines[i - 1].Text : mended[^1].Text, line.Text))
            {
                mended ??= lines.Take(i).ToList();
                mended[^1] = (mended[^1].Text.TrimEnd() + line.Text.Trim(), mended[^1].AfterBreak);
                continue;
            }

            mended?.Add(line);
        }

        return mended ?? lines;
    }
}
