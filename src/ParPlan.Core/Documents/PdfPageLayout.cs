using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ParPlan.Core.Documents;

/// <summary>Turns one PDF page into lines and ruled table rows.</summary>
internal static class PdfPageLayout
{
    /// <summary>A cell of one row band; <see cref="Origin"/> is the first cell of the vertical merge it continues.</summary>
    private sealed record CellBox(double Left, double Right, int Span, List<Word> Words, CellBox? Origin)
    {
        public bool Uncovered { get; init; }
    }

    public static IEnumerable<SourceBlock> ReadPage(Page page, int pageNumber, ref int tableIndex)
    {
        var words = page.GetWords(PdfWords.Instance).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var (horizontal, vertical) = PdfRulings.Read(page);
        var result = new List<(double Top, SourceBlock Block)>();

        // Row bands: consecutive distinct horizontal rules that have at least two vertical rules crossing their middle.
        var ys = horizontal.Select(h => h.At).OrderByDescending(y => y).ToList();
        ys = Distinct(ys, 1.5);
        var used = new HashSet<Word>();
        var lastBandHadTable = false;
        var bands = new List<(double Top, int Table, List<CellBox> Cells)>();
        List<CellBox>? above = null;
        for (var i = 0; i + 1 < ys.Count; i++)
        {
            var top = ys[i];
            var bottom = ys[i + 1];
            if (top - bottom < 3)
            {
                continue;
            }

            var mid = (top + bottom) / 2;
            var xs = Distinct(vertical.Where(v => v.From <= mid && v.To >= mid).Select(v => v.At).OrderBy(x => x).ToList(), 1.5);
            if (xs.Count < 2)
            {
                lastBandHadTable = false;
                above = null;
                continue;
            }

            if (!lastBandHadTable)
            {
                tableIndex++;
                above = null;
            }

            lastBandHadTable = true;
            var allXs = Distinct(vertical.Where(v => v.From <= top + 1 && v.To >= bottom - 1).Select(v => v.At).OrderBy(x => x).ToList(), 1.5);
            var cells = new List<CellBox>();
            for (var c = 0; c + 1 < xs.Count; c++)
            {
                var left = xs[c];
                var right = xs[c + 1];
                var inCell = words.Where(w => Center(w).X > left && Center(w).X < right && Center(w).Y < top && Center(w).Y > bottom).ToList();
                used.UnionWith(inCell);
                var span = Math.Max(1, allXs.Count(x => x > left + 1 && x < right - 1) + 1);
                var covered = horizontal.Any(h => Math.Abs(h.At - top) < 1.5 && h.From <= left + 2 && h.To >= right - 2);
                // No rule above the cell: it goes on from the cell above (a vertical merge). Its words belong to the
                // merged cell's first row: Word centres a merged TT or objective cell vertically, so its number and
                // text are printed in the middle band, not in the first.
                var origin = covered ? null : above?.FirstOrDefault(b => Math.Abs(b.Left - left) < 2 && Math.Abs(b.Right - right) < 2);
                origin = origin?.Origin ?? origin;
                if (origin is not null)
                {
                    origin.Words.AddRange(inCell);
                    cells.Add(new CellBox(left, right, span, [], origin));
                }
                else
                {
                    cells.Add(new CellBox(left, right, span, inCell, null) { Uncovered = !covered });
                }
            }

            bands.Add((top, tableIndex, cells));
            above = cells;
        }

        foreach (var (top, table, cells) in bands)
        {
            var row = cells.Select(c => c.Origin is not null
                ? new SourceCell([], c.Span, IsMergedContinuation: true)
                : new SourceCell(BrokenWords.Lines(GroupLineWords(c.Words), c.Right), c.Span, IsMergedContinuation: c.Uncovered && c.Words.Count == 0)).ToList();
            result.Add((top, new SourceRow(row, pageNumber, table)));
        }

        foreach (var line in GroupLineWords(words.Where(w => !used.Contains(w)).ToList()))
        {
            result.Add((line[0].BoundingBox.Bottom + line[0].BoundingBox.Height, new SourceLine(PdfWords.JoinLine(line), pageNumber)));
        }

        return result.OrderByDescending(r => r.Top).Select(r => r.Block);
    }

    private static (double X, double Y) Center(Word w) =>
        ((w.BoundingBox.Left + w.BoundingBox.Right) / 2, (w.BoundingBox.Bottom + w.BoundingBox.Top) / 2);

    /// <summary>Words grouped into lines by baseline, top to bottom, each line left to right.</summary>
    private static List<List<Word>> GroupLineWords(List<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var w in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var line = lines.LastOrDefault();
            var tolerance = Math.Max(2.0, w.BoundingBox.Height * 0.5);
            if (line is not null && Math.Abs(line[0].BoundingBox.Bottom - w.BoundingBox.Bottom) <= tolerance)
            {
                line.Add(w);
            }
            else
            {
                lines.Add([w]);
            }
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        }

        return lines;
    }

    private static List<double> Distinct(List<double> sorted, double tolerance)
    {
        var result = new List<double>();
        foreach (var v in sorted)
        {
            if (result.Count == 0 || Math.Abs(result[^1] - v) > tolerance)
            {
                result.Add(v);
            }
        }

        return result;
    }
}
