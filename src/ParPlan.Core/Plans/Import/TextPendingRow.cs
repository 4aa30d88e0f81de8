namespace ParPlan.Core.Plans.Import;

/// <summary>A numbered row of a text task table while its lines are gathered, split into sub-rows ("2.1.", "2.2." …).</summary>
internal sealed class TextPendingRow
{
    public required RawTask Task { get; init; }
    public List<(string Text, bool AfterBreak)> Lines { get; } = [];

    /// <summary>Indices into <see cref="Lines"/> where a sub-row numbered "N.1.", "N.2." … of this row starts.</summary>
    public List<int> SubStarts { get; } = [];

    /// <summary>The row's lines as they came, before sub-row numbers cut them (the interleaved reading needs whole lines).</summary>
    public List<(string Text, bool AfterBreak)> RawLines { get; } = [];

    public void Add(string text, bool afterBreak)
    {
        RawLines.Add((text, afterBreak));
        // "2.1. Rà soát …" under TT 2 starts a sub-row, at the start of a line or after the merged objective's text.
        var m = text.Contains('.', StringComparison.Ordinal) ? SubNumber.Match(text) : System.Text.RegularExpressions.Match.Empty;
        while (m.Success && m.Groups["n"].Value != Task.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            m = m.NextMatch();
        }

        if (m.Success)
        {
            var at = m.Groups["at"].Index;
            if (text[..at].Trim().Length > 0)
            {
                Lines.Add((text[..at], afterBreak));
            }

            SubStarts.Add(Lines.Count);
            Lines.Add((text[at..], afterBreak && at == 0));
            return;
        }

        if (Lines.Count > 0 && DashTail(Lines[^1].Text, text) is { } tail)
        {
            // "Phòng Văn hóa" / "- Xã hội": a unit name wrapped before its dash, not a list item; read as
            // "Phòng Văn hóa -" / "Xã hội", the way it wraps after the dash.
            Lines[^1] = (Lines[^1].Text.TrimEnd() + " -", Lines[^1].AfterBreak);
            Lines.Add((tail, afterBreak));
            return;
        }

        Lines.Add((text, afterBreak));
    }

    /// <summary>The line without its dash when it is the second half of a unit name wrapped before the dash: the line
    /// holds one or two words after "- ", the first capitalised and not a unit name of its own ("- Công an xã" is the
    /// next item of a bulleted list), and the line above ends, unpunctuated, in a unit name
    /// of two to four words ("Phòng Văn hóa", "Công chức Tư pháp") that is not itself a list item.</summary>
    private static string? DashTail(string above, string text)
    {
        var m = DashLine.Match(text);
        var prev = above.Trim();
        if (!m.Success || Vocabulary.StartsWithUnitName(PhraseKit.Fold(m.Groups["tail"].Value) + " ") || prev.Length == 0 || prev[0] is '-' or '+' or '•' or '–' || ",;:.-–()".Contains(prev[^1], StringComparison.Ordinal))
        {
            return null;
        }

        var words = prev.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var j = Math.Max(0, words.Length - 4); j <= words.Length - 2; j++)
        {
            var name = PhraseKit.Fold(string.Join(' ', words[j..]) + " ");
            if (char.IsUpper(words[j][0]) && Vocabulary.StartsWithUnitName(name) && !NotUnits.Any(w => name.StartsWith(w, StringComparison.Ordinal)))
            {
                return m.Groups["tail"].Value;
            }
        }

        return null;
    }

    /// <summary>Task words that begin like unit names ("Tổ chức" like "Tổ", "Hội nghị" like "Hội", "Ban hành" like "Ban").</summary>
    private static readonly string[] NotUnits = ["to chuc", "hoi nghi", "hoi thao", "hoi thi", "ban hanh", "so hoa", "truong hop", "to khai"];

    private static readonly System.Text.RegularExpressions.Regex DashLine = new(
        @"^\s*[-–]\s+(?<tail>(?!(Đối|Về|Theo|Trong|Tại|Cho|Với|Từ|Đến|Sau|Trước|Khi)\b)\p{Lu}[^\s,;.:]*(\s+[^\s,;.:]+)?[,;.]?)\s*$", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex SubNumber = new(
        @"^\s*(?<at>(?<n>\d{1,3})\.\d{1,2}\.?\s+\S)|\s(?<at>(?<n>\d{1,3})\.\d{1,2}\.?\s+\p{Lu})", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>The row's lines in parts: the lines before the first sub-row (TT and merged objective), then each sub-row.</summary>
    public List<List<(string Text, bool AfterBreak)>> Parts()
    {
        if (SubStarts.Count == 0)
        {
            return [Lines];
        }

        var bounds = SubStarts.Prepend(0).Append(Lines.Count).ToList();
        return bounds.Zip(bounds.Skip(1)).Select(b => Lines.GetRange(b.First, b.Second - b.First)).ToList();
    }
}
