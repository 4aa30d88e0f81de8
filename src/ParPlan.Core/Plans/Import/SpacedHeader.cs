using ParPlan.Core.Documents;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// The header row of a task table in layout-keeping text (<see cref="SpacedTables"/>): the line that opens with "TT" or
/// "STT" and the short lines just above and below it that hold the rest of wrapped header cells ("Cơ quan phối" / "hợp").
/// Pieces one above the other are one cell; a piece over two others ("Trách nhiệm thực hiện" over "Chủ trì" and
/// "Phối hợp") is a spanning heading and is left out. Each cell keeps where it stands on the line.
/// </summary>
internal sealed record SpacedHeader(int First, int Anchor, int Last, List<SpacedHeader.Cell> Cells)
{
    private const int MaxPiece = 32;

    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("0123456789IVX");

    internal sealed record Cell(int Start, int End, string Text, Col? Col);

    private sealed record Piece(int Line, int Start, int End, string Text);

    /// <summary>The header whose "TT" line is line <paramref name="i"/>, or null.</summary>
    public static SpacedHeader? Find(IReadOnlyList<SourceLine> lines, int i)
    {
        var text = lines[i].Text;
        if (!OpensWithNumberColumn(text))
        {
            return null;
        }

        var anchor = Pieces(text, i);
        var wrapped = anchor.Count >= 2 ? WrappedNumberWord(lines, i, anchor[0]) : -1;
        if (wrapped >= 0)
        {
            anchor[0] = anchor[0] with { Text = anchor[0].Text + "T" };
        }

        if (anchor.Count < 2 || anchor[0].Start > 3 || TableColumns.FromHeaderCell(anchor[0].Text) != Col.Ref)
        {
            return null;
        }

        var pieces = new List<Piece>(anchor);
        var first = i;
        while (first > i - 2 && first > 0 && HeaderLine(lines[first - 1].Text, first - 1, anchor[0].End + 1) is { } above)
        {
            pieces.AddRange(above);
            first--;
        }

        var last = i;
        while (last < i + 2 && last + 1 < lines.Count && HeaderLine(last + 1 == wrapped ? WithoutFirstWord(lines[last + 1].Text) : lines[last + 1].Text, last + 1, anchor[0].End + 1) is { } below)
        {
            pieces.AddRange(below);
            last++;
        }

        var cells = Merge(pieces);
        var named = cells.Count(c => c.Col is not null);
        return cells.Count >= 4 && named >= 3 && cells.Any(c => c.Col is Col.Lead or Col.Time) && cells[0].Col == Col.Ref
            ? new SpacedHeader(first, i, last, cells)
            : null;
    }

    /// <summary>Whether a line may open a header row: near the margin, "TT"/"STT"/"Số TT" as its first cell (or "ST",
    /// "T" when a narrow column wrapped it), a wide gap further on. A cheap check, so other text pays one look per line.</summary>
    public static bool OpensWithNumberColumn(string text)
    {
        var lead = text.Length - text.AsSpan().TrimStart(' ').Length;
        if (lead > 3 || lead == text.Length || text[lead] is not ('T' or 'S' or 't' or 's'))
        {
            return false;
        }

        var gap = text.IndexOf("  ", lead, StringComparison.Ordinal);
        var space = text.IndexOf(' ', lead);
        return gap >= 0 && ((gap - lead <= 12 && TableColumns.FromHeaderCell(text[lead..gap]) == Col.Ref)
                            || (space - lead <= 4 && TableColumns.FromHeaderCell(text[lead..space]) == Col.Ref)
                            || text.AsSpan(lead, gap - lead) is "ST" or "T");
    }

    /// <summary>
    /// The line that holds the last "T" of a row-number word a narrow column wrapped ("ST" / "T", "T" / "T"): one of
    /// the next two lines with a lone "T" under the first piece, at the margin; -1 when there is none.
    /// </summary>
    private static int WrappedNumberWord(IReadOnlyList<SourceLine> lines, int i, Piece first)
    {
        if (first.Text is not ("ST" or "T"))
        {
            return -1;
        }

        for (var j = i + 1; j <= i + 2 && j < lines.Count; j++)
        {
            var t = lines[j].Text;
            var at = t.Length - t.TrimStart(' ').Length;
            if (at >= first.Start - 1 && at <= first.End + 1 && at < t.Length && t[at] == 'T' && (at + 1 == t.Length || t[at + 1] == ' '))
            {
                return j;
            }
        }

        return -1;
    }

    private static string WithoutFirstWord(string text)
    {
        var at = text.Length - text.TrimStart(' ').Length;
        var end = text.IndexOf(' ', at);
        return end < 0 ? "" : new string(' ', end) + text[end..];
    }

    /// <summary>
    /// The column borders: between the middle of a header cell and the start of the next (a header cell's text may run
    /// past its column's edge in such text), the leftmost place where a fair share of the table's lines start a word after a wide gap: a
    /// left-aligned column's edge, or the left of a centred column's widest lines; the next header cell's start when
    /// no line starts a word there.
    /// </summary>
    public int[] Borders(IReadOnlyList<string> body)
    {
        var result = new int[Cells.Count - 1];
        for (var k = 1; k < Cells.Count; k++)
        {
            var lo = Math.Max(((Cells[k - 1].Start + Cells[k - 1].End) / 2) + 1, k > 1 ? result[k - 2] + 1 : 1);
            var hi = Math.Max(lo, Cells[k].Start);
            var counts = Enumerable.Range(lo, hi - lo + 1).Select(x => body.Count(l => StrongStart(l, x, k == 1))).ToList();
            var enough = Math.Max(2, counts.Max() * 0.15);
            var first = counts.FindIndex(n => n >= enough);
            result[k - 1] = first >= 0 ? lo + first : Math.Max(lo, Cells[k].Start);
        }

        return result;
    }

    /// <summary>The borders on another page, which may be laid out a character or two apart: each moved by up to two
    /// characters to where most of that page's lines start a word after a wide gap, else kept.</summary>
    public static int[] PageBorders(IReadOnlyList<string> page, int[] table) => Moved(page, table, 2, 2, 1);

    /// <summary>
    /// The borders of one row: each of the table's borders moved to where most of the row's lines start a word after a
    /// wide gap (its cells' left edge), looked for from a few characters before to a few characters past the table's; where the row shows no such start, the table's border.
    /// </summary>
    public static int[] RowBorders(IReadOnlyList<string> row, int[] table) => Moved(row, table, 3, 6, 3);

    private static int[] Moved(IReadOnlyList<string> lines, int[] table, int left, int right, int gap)
    {
        var result = new int[table.Length];
        for (var k = 0; k < table.Length; k++)
        {
            var lo = Math.Max(k > 0 ? Math.Max(table[k - 1] + 2, result[k - 1] + gap) : 1, table[k] - left);
            var hi = k + 1 < table.Length ? Math.Min(table[k] + right, table[k + 1] - 2) : table[k] + right;
            var (best, count) = (table[k], 0);
            for (var x = lo; x <= hi; x++)
            {
                var n = lines.Count(l => StrongStart(l, x, k == 0));
                if (n > count || (n == count && n > 0 && Math.Abs(x - table[k]) < Math.Abs(best - table[k])))
                {
                    (best, count) = (x, n);
                }
            }

            result[k] = best;
        }

        return result;
    }

    /// <summary>A word starts at <paramref name="x"/> after a gap of two spaces or more (or at the line's start); for the
    /// border after the TT column, a number does not count.</summary>
    private static bool StrongStart(string line, int x, bool afterNumbers) =>
        x < line.Length && line[x] != ' ' && (x == 0 || (line[x - 1] == ' ' && (x < 2 || line[x - 2] == ' '))) && !(afterNumbers && IsNumber(line, x));

    /// <summary>A row or group number ("12", "3.", "IV") starts at <paramref name="x"/>: the TT column's numbers, centred
    /// in it, mark no column's edge.</summary>
    private static bool IsNumber(string line, int x)
    {
        var end = line.IndexOf(' ', x);
        var word = line.AsSpan(x, (end < 0 ? line.Length : end) - x).TrimEnd(".)");
        return word.Length is > 0 and <= 4 && !word.ContainsAnyExcept(NumberChars);
    }

    /// <summary>A short line of header pieces above or below the "TT" line (nothing at the margin, no long text, no
    /// figures), or null.</summary>
    private static List<Piece>? HeaderLine(string text, int index, int indent)
    {
        if (text.Trim().Length == 0 || text.Length - text.TrimStart().Length < indent - 1)
        {
            return null;
        }

        var pieces = Pieces(text, index);
        return pieces.Count > 0 && pieces.All(p => p.Text.Length <= MaxPiece && !p.Text.Any(char.IsAsciiDigit)) ? pieces : null;
    }

    /// <summary>The pieces of a line separated by two spaces or more; a piece that names two columns one space apart
    /// ("Đơn vị chủ trì Đơn vị phối hợp", "Sản phẩm đầu ra Đơn vị chủ trì") is cut between them, before a capital.</summary>
    private static List<Piece> Pieces(string text, int line)
    {
        var result = new List<Piece>();
        var x = 0;
        while (x < text.Length)
        {
            if (text[x] == ' ')
            {
                x++;
                continue;
            }

            var s = x;
            while (x < text.Length && !(text[x] == ' ' && (x + 1 >= text.Length || text[x + 1] == ' ')))
            {
                x++;
            }

            result.AddRange(Split(new Piece(line, s, x - 1, text[s..x])));
        }

        return result;
    }

    private static IEnumerable<Piece> Split(Piece piece)
    {
        for (var x = piece.Text.IndexOf(' ', StringComparison.Ordinal); x > 0; x = piece.Text.IndexOf(' ', x + 1))
        {
            var (a, b) = (piece.Text[..x], piece.Text[(x + 1)..]);
            // A header cell opens with a capital: "Sản phẩm | đầu ra Đơn vị chủ trì" is no cut, "Sản phẩm đầu ra | Đơn vị chủ trì" is.
            if (char.IsUpper(b[0]) && TableColumns.FromHeaderCell(a) is { } ca && TableColumns.FromHeaderCell(b) is { } cb && ca != cb
                && TableColumns.FromHeaderCell(piece.Text) is null or Col.Lead or Col.Support)
            {
                return [piece with { End = piece.Start + x - 1, Text = a }, piece with { Start = piece.Start + x + 1, Text = b }];
            }
        }

        return [piece];
    }

    /// <summary>Pieces one above the other joined into cells, left to right; a piece over two pieces of one other line
    /// is a spanning heading and is left out.</summary>
    private static List<Cell> Merge(List<Piece> pieces)
    {
        // Pieces one above the other share at least two places; a piece touching another by one character does not.
        static int Shared(Piece a, Piece b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start) + 1;
        static bool Overlap(Piece a, Piece b) => Shared(a, b) >= 2;
        var kept = pieces.Where(p => !pieces.GroupBy(q => q.Line).Any(g => g.Key != p.Line && g.Count(q => Overlap(p, q)) >= 2)).ToList();
        var groups = new List<List<Piece>>();
        foreach (var piece in kept.OrderBy(p => p.Start))
        {
            var home = groups.Where(g => g.Any(q => q.Line != piece.Line && Overlap(piece, q)) && g.All(q => q.Line != piece.Line))
                .MaxBy(g => g.Max(q => Shared(piece, q)));
            if (home is null)
            {
                groups.Add([piece]);
            }
            else
            {
                home.Add(piece);
            }
        }

        return [.. groups.Select(g =>
        {
            var text = PhraseKit.Collapse(string.Join(' ', g.OrderBy(p => p.Line).Select(p => p.Text)));
            return new Cell(g.Min(p => p.Start), g.Max(p => p.End), text, TableColumns.FromHeaderCell(PhraseKit.Normalize(text)));
        }).OrderBy(c => c.Start)];
    }
}
