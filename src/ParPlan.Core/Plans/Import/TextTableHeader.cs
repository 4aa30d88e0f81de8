namespace ParPlan.Core.Plans.Import;

/// <summary>Finds the header of a task table in flattened text: the line with the row-number word and the header lines around it.</summary>
internal static class TextTableHeader
{
    /// <summary>The first task-table header at or after <paramref name="from"/>: its line range and columns.</summary>
    public static (int Start, int End, IReadOnlyList<Col> Columns)? Find(IReadOnlyList<string> lines, int from)
    {
        for (var r = from; r < lines.Count; r++)
        {
            // Anchor on the line with the row-number word ("STT", "TT"), then back up over the header lines above it.
            var rf = PhraseKit.Fold(lines[r]);
            var pieces = BrokenRefWord(lines, r);
            if (!(pieces || StartsWithRefWord(rf) || rf.Contains(" stt ", StringComparison.Ordinal)) || rf.Length > 200)
            {
                continue;
            }

            var i = r;
            while (i - 1 >= from && i > r - 14 && lines[i - 1].Trim() is var above && above.Length < 40 && !above.EndsWith('.') && !above.EndsWith(':')
                   && TableLines.RowStart(above) is null && TableLines.Group(above, null) is null)
            {
                i--;
            }

            while (i < r && lines[i].Trim().Length == 0)
            {
                i++;
            }

            // Gather the header lines: up to the first group heading or row start, at most 24 text lines (blank lines
            // do not count: text that prints a blank line after every line has the same header in twice as many lines).
            var text = new List<string>();
            var end = i;
            var sawRef = false;
            for (var j = i; j < lines.Count && text.Count < 24; j++)
            {
                var t = lines[j].Trim();
                if (t.Length == 0)
                {
                    end = j + 1;
                    continue;
                }

                if (j > i && (TableLines.Group(t, null) is not null || TableLines.RowStart(t) is not null))
                {
                    break;
                }

                sawRef |= (pieces && j == r) || StartsWithRefWord(PhraseKit.Fold(t)) || PhraseKit.Fold(t).Contains(" stt ", StringComparison.Ordinal);
                text.Add(pieces && j == r ? "STT" : t);
                end = j + 1;
            }

            var columns = sawRef ? TableColumns.FromHeader(string.Join(' ', text)) : null;
            if (columns is not null)
            {
                var refLine = text.FirstOrDefault(t => StartsWithRefWord(PhraseKit.Fold(t))) ?? "";
                // Header cells wrapped over several lines from the row-number line on (content order) still print one
                // after another, unless a heading spans two rows ("Trách nhiệm thực hiện" over "Chủ trì | Phối hợp").
                var ordered = TableColumns.InLineOrder(refLine, columns);
                var rest = string.Join(' ', text.SkipWhile(t => !ReferenceEquals(t, refLine)));
                var refAt = Enumerable.Range(i, end - i).FirstOrDefault(j => lines[j].Trim() == refLine, end);
                // Reading order: cells in blocks apart by blank lines, unless the text prints a blank line after every
                // line, where the blank lines part nothing and the header keeps its content order.
                var blocks = Enumerable.Range(refAt, end - refAt).Any(j => lines[j].Trim().Length == 0 && j + 1 < end) && !DoubleSpaced(lines, refAt);
                var restFolded = UnitsUnderSpan(PhraseKit.Fold(rest));
                if (ReferenceEquals(ordered, columns) && !blocks && !restFolded.Contains("trach nhiem", StringComparison.Ordinal))
                {
                    ordered = TableColumns.InLineOrder(restFolded, columns);
                }

                return (i, end, TableColumns.WithStart(string.Join(' ', text), ordered));
            }

            r = Math.Max(r, end - 1);
        }

        return null;
    }

    /// <summary>Nearly every text line from <paramref name="from"/> on is followed by a blank line (at least 20 lines,
    /// 85 in 100, judged on the next 400 text lines at most): an extraction that spaces its lines, where a blank line
    /// ends no block.</summary>
    public static bool DoubleSpaced(IReadOnlyList<string> lines, int from)
    {
        int text = 0, spaced = 0;
        for (var i = from; i < lines.Count && text < 400; i++)
        {
            if (lines[i].AsSpan().Trim().Length > 0)
            {
                text++;
                spaced += i + 1 < lines.Count && lines[i + 1].AsSpan().Trim().Length == 0 ? 1 : 0;
            }
        }

        return text >= 20 && spaced >= text * 0.85;
    }

    /// <summary>A narrow number column wraps its header word: "ST" / "T" or "T" / "T" on lines of their own, the second
    /// within a few lines of the first, with other header cells between them or none.</summary>
    private static bool BrokenRefWord(IReadOnlyList<string> lines, int r)
    {
        var first = lines[r].AsSpan().Trim().Length <= 6 ? PhraseKit.Fold(lines[r].Trim()) : "";
        if (first is not ("s" or "st" or "t"))
        {
            return false;
        }

        var between = new List<string>();
        for (var j = r + 1; j < lines.Count && j <= r + 10; j++)
        {
            var t = lines[j].Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (first + PhraseKit.Fold(t) is "stt" or "tt")
            {
                return between.Count == 0 || between.Any(b => TableColumns.FromHeaderCell(b) is not null);
            }

            if (t.Length > 40 || TableLines.RowStart(t) is not null)
            {
                return false;
            }

            between.Add(t);
        }

        return false;
    }

    private static readonly System.Text.RegularExpressions.Regex UnitSpan = new(
        @"\b(co quan|don vi|trach nhiem|bo phan) (thuc hien|chiu trach nhiem)\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>A heading over the unit columns ("Cơ quan thực hiện" over "Chủ trì | Phối hợp") prints on the header's
    /// first row, the unit columns' own names on its second, after the cells beside the heading: the unit columns sit
    /// where the heading is.</summary>
    private static string UnitsUnderSpan(string folded)
    {
        var m = UnitSpan.Match(folded);
        var lead = folded.IndexOf("chu tri", StringComparison.Ordinal);
        return m.Success && lead > m.Index + m.Length + 1 ? folded[..m.Index] + "chu tri phoi hop" + folded[(m.Index + m.Length)..] : folded;
    }

    public static bool StartsWithRefWord(string folded) =>
        folded.StartsWith("stt", StringComparison.Ordinal) || folded == "tt" || folded.StartsWith("tt ", StringComparison.Ordinal)
        || folded.StartsWith("so tt", StringComparison.Ordinal);
}
