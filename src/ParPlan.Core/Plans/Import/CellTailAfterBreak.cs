namespace ParPlan.Core.Plans.Import;

/// <summary>
/// A row split by a page break after its deadline cell was printed whole: the page ends with the deadline ("Quý
/// II/2027", "Tháng" / "12/2027") and, after the header printed again, come the last words of a cell before it ("UBND
/// xã", "công lập" / "thuộc xã"). In content order those words would land in the deadline cell; they are put back
/// before the deadline, where the cell they finish ends.
/// </summary>
internal static class CellTailAfterBreak
{
    private const int MaxTail = 3;
    private const int MaxDeadline = 3;

    public static List<(string Text, bool AfterBreak)> Mend(List<(string Text, bool AfterBreak)> lines, IReadOnlyList<Col> columns)
    {
        var breakAt = lines.FindIndex(l => l.AfterBreak);
        if (columns.Count == 0 || columns[^1] != Col.Time || breakAt < 2 || lines.Count - breakAt > MaxTail
            || lines.Skip(breakAt).Any(l => !TailWords(l.Text)))
        {
            return lines;
        }

        var deadline = 0;
        for (var k = 1; k <= MaxDeadline && breakAt - k > 0; k++)
        {
            if (Vocabulary.WholeDeadline(lines.Skip(breakAt - k).Take(k).Select(l => l.Text)))
            {
                deadline = k;
            }
        }

        if (deadline == 0)
        {
            return lines;
        }

        var at = breakAt - deadline;
        return [.. lines.Take(at), .. lines.Skip(breakAt).Select(l => (l.Text, false)), .. lines.Skip(at).Take(deadline)];
    }

    /// <summary>Words that finish a name, not a deadline: no figure, no deadline word.</summary>
    private static bool TailWords(string line)
    {
        var f = PhraseKit.Fold(line.Trim());
        return f.Length > 0 && !f.Any(char.IsDigit) && !Vocabulary.StartsWithSchedule(f) && !Vocabulary.ScheduleStartsFree(f)
               && !Vocabulary.SchedulePieces(f).Strong;
    }
}
