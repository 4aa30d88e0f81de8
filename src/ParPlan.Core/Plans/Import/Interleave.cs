namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Column-interleaving recovery. A flattened row sometimes holds, on one line, the fragments of several columns
/// side by side ("Thực hiện … Quyết định Phòng Văn hoá - Các phòng chuyên Năm 2026"), and the next line continues
/// several of them ("Trung ương … 2026-2030 Xã hội. môn, tổ chức hành"). The next line is cut where a sentence ends
/// or where an upper-case word can complete a fragment left open by a hyphen, each fragment is moved after the piece
/// of the column it continues, and the lower-case lines that follow go with the last fragment. The segmenter then
/// reads each column's text in one run.
/// </summary>
internal static class Interleave
{
    public static List<Chunk> Recover(List<Chunk> chunks)
    {
        for (var a = 0; a < chunks.Count; a++)
        {
            if (!chunks[a].NewLine || chunks[a].PiecesInLine < 3 || a + chunks[a].PiecesInLine >= chunks.Count)
            {
                continue;
            }

            var m = chunks[a].PiecesInLine;
            var next = chunks[a + m];
            if (next.PiecesInLine != 1 || next.AfterBreak)
            {
                continue;
            }

            var pieces = chunks.GetRange(a, m).Select(c => c.Text).ToList();
            var moved = Rebuild(pieces, next.Text);
            if (moved is null)
            {
                continue;
            }

            var tail = a + m + 1;
            while (tail < chunks.Count && chunks[tail].NewLine && chunks[tail].PiecesInLine == 1 && chunks[tail].Start == StartClass.Lower && !chunks[tail].AfterBreak)
            {
                tail++;
            }

            var result = new List<Chunk>();
            foreach (var (text, fragment, afterLast) in moved)
            {
                result.Add(Chunk.Make(text, fragment || result.Count == 0, result.Count == 0 && chunks[a].AfterBreak, false, fragment ? text.Length : chunks[a].LineLength));
                if (afterLast)
                {
                    result.AddRange(chunks.GetRange(a + m + 1, tail - a - m - 1));
                }
            }

            chunks.RemoveRange(a, tail - a);
            chunks.InsertRange(a, result);
            a += result.Count - 1;
        }

        return chunks;
    }

    /// <summary>The pieces of the line with the next line's fragments placed after the pieces they continue, or null.</summary>
    private static List<(string Text, bool Fragment, bool AfterLast)>? Rebuild(List<string> pieces, string nextLine)
    {
        var hyphenOpen = pieces.Select((p, x) => p[^1] is '-' or '–' or '&' || (x + 1 < pieces.Count && pieces[x + 1].StartsWith("- ", StringComparison.Ordinal))).ToArray();
        var tokens = nextLine.Split(' ');
        var cuts = new List<int> { 0 };
        for (var t = 1; t < tokens.Length; t++)
        {
            var prev = tokens[t - 1];
            var upperOpening = char.IsUpper(tokens[t][0]) && hyphenOpen.Any(h => h) && prev[^1] is not (',' or '-' or '&') && !char.IsUpper(prev[0]);
            if (prev[^1] is '.' or ';' || upperOpening)
            {
                cuts.Add(t);
            }
        }

        if (cuts.Count < 2)
        {
            return null;
        }

        cuts.Add(tokens.Length);
        var owner = new int[cuts.Count - 1];
        var from = 0;
        for (var f = 0; f < owner.Length; f++)
        {
            var upper = char.IsUpper(tokens[cuts[f]][0]);
            var found = -1;
            for (var x = from; x < pieces.Count && found < 0; x++)
            {
                var closed = pieces[x][^1] is '.' or ';' or ':';
                var fits = f == 0 ? x == 0 && !closed : upper ? hyphenOpen[x] : !closed;
                found = fits ? x : -1;
            }

            if (found < 0)
            {
                return null;
            }

            owner[f] = found;
            from = found + 1;
        }

        var result = new List<(string, bool, bool)>();
        for (var x = 0; x < pieces.Count; x++)
        {
            var text = pieces[x];
            if (x > 0 && pieces[x - 1][^1] is not ('-' or '–' or '&') && hyphenOpen[x - 1] && owner.Contains(x - 1) && text.StartsWith("- ", StringComparison.Ordinal))
            {
                text = text[2..];
            }

            if (hyphenOpen[x] && owner.Contains(x) && text[^1] is not ('-' or '–' or '&'))
            {
                text += " -";
            }

            result.Add((text, false, false));
            for (var f = 0; f < owner.Length; f++)
            {
                if (owner[f] == x)
                {
                    result.Add((string.Join(' ', tokens[cuts[f]..cuts[f + 1]]), true, f == owner.Length - 1));
                }
            }
        }

        return result;
    }
}
