namespace ParPlan.Core.Plans.Import;

/// <summary>
/// A row torn by a page break after its first printed line: that line holds every cell's first line side by side
/// ("Rà soát … đơn giản Phương án đơn Phòng Hành Văn phòng Sở Trước"), and after the break come the first cell's
/// remaining lines, then one line with the other cells' remaining words side by side ("giản hóa chính tư pháp
/// 15/9/2027"). That last line is cut where a word completes a two-syllable word left open by a cell ("Hành" /
/// "chính") or where a date completes a deadline; its first words go on the cell before the first such cut. The row is
/// given back in content order: each cell's words together, one cell after another.
/// </summary>
internal static class TornFirstLine
{
    private static readonly HashSet<string> Compounds = new(CompoundWords.All, StringComparer.Ordinal);

    public static List<(string Text, bool AfterBreak)> Mend(List<(string Text, bool AfterBreak)> lines)
    {
        var breakAt = lines.FindIndex(l => l.AfterBreak);
        if (breakAt != 1 || lines.Count < breakAt + 2 || lines.Skip(1).Any(l => l.Text.TrimStart() is var t && (t.Length == 0 || char.IsUpper(t[0]))))
        {
            return lines;
        }

        var pieces = Chunk.Split([(lines[0].Text, false)]).Select(c => c.Text).ToList();
        if (pieces.Count < 3)
        {
            return lines;
        }

        var words = PhraseKit.Collapse(lines[^1].Text).Split(' ');
        var folded = words.Select(PhraseKit.Fold).ToArray();
        // Where each piece after the first takes up its words on the last line: -1 where it takes none.
        var starts = new int[pieces.Count];
        var anchors = 0;
        var from = 1;
        for (var p = 1; p < pieces.Count; p++)
        {
            starts[p] = -1;
            var last = PhraseKit.Fold(pieces[p]).Split(' ')[^1];
            var opensDeadline = Vocabulary.StartsWithSchedule(PhraseKit.Fold(pieces[p])) && !pieces[p].Any(char.IsDigit); // "Trước", "Quý", "Tháng"
            for (var w = from; w < words.Length; w++)
            {
                if (Compounds.Contains(last + " " + folded[w]) || (opensDeadline && Vocabulary.HasDate(folded[w])))
                {
                    starts[p] = w;
                    from = w + 1;
                    anchors++;
                    break;
                }
            }
        }

        if (anchors == 0)
        {
            return lines;
        }

        // The words before the first anchor continue the piece before it (the title's own piece when the line's cut
        // could not tell the title from the next cell).
        var firstAnchored = Array.FindIndex(starts, 1, s => s >= 0);
        starts[0] = -1;
        if (starts[firstAnchored] > 0)
        {
            if (firstAnchored == 1 && TitleTail(pieces[0]) is { } tail)
            {
                // Those words have no cell of their own in the cut line: the cell before them opens at the title
                // piece's last capital ("… đơn giản Phương án đơn" / "giản hóa").
                pieces[0] = pieces[0][..^(tail.Length + 1)];
                pieces.Insert(1, tail);
                starts = [.. starts[..1], 0, .. starts[1..]];
            }
            else
            {
                starts[firstAnchored - 1] = 0;
            }
        }

        var result = new List<(string Text, bool AfterBreak)>();
        for (var p = 0; p < pieces.Count; p++)
        {
            var end = Enumerable.Range(p + 1, pieces.Count - p - 1).Select(q => starts[q]).Where(s => s >= 0).DefaultIfEmpty(words.Length).First();
            result.Add((starts[p] < 0 ? pieces[p] : pieces[p] + " " + string.Join(' ', words[starts[p]..end]), false));
            if (p == 0)
            {
                result.AddRange(lines.Skip(1).Take(lines.Count - 2).Select(l => (l.Text, false)));
            }
        }

        return result;
    }

    /// <summary>The words of a title piece from its last capitalised word on, past its first two words, or null.</summary>
    private static string? TitleTail(string piece)
    {
        var words = piece.Split(' ');
        for (var w = words.Length - 1; w >= 2; w--)
        {
            if (words[w].Length > 0 && char.IsUpper(words[w][0]))
            {
                return string.Join(' ', words[w..]);
            }
        }

        return null;
    }
}
