using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ParPlan.Core.Documents;

/// <summary>Turns one PDF page into lines and ruled table rows.</summary>
internal static class PdfPageLayout
{
    private sealed record Rule(double From, double To, double At);

    /// <summary>A cell of one row band; <see cref="Origin"/> is the first cell of the vertical merge it continues.</summary>
    private sealed record CellBox(double Left, double Right, int Span, List<Word> Words, CellBox? Origin)
    {
        public bool Uncovered { get; init; }
    }

    public static IEnumerable<SourceBlock> ReadPage(Page page, int pageNumber, ref int tableIndex)
    {
        var words = page.GetWords(PdfWords.Instance).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var (horizontal, vertical) = Rulings(page);
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

    /// <summary>Thin stroked or filled shapes: horizontal rules (y, x-extent) and vertical rules (x, y-extent).</summary>
    private static (List<Rule> Horizontal, List<Rule> Vertical) Rulings(Page page)
    {
        var horizontal = new List<Rule>();
        var vertical = new List<Rule>();
        foreach (var path in page.Paths)
        {
            foreach (var sub in path)
            {
                var box = sub.GetBoundingRectangle();
                if (box is null)
                {
                    continue;
                }

                var r = box.Value;
                if (r.Height <= 2.5 && r.Width > 3)
                {
                    horizontal.Add(new Rule(r.Left, r.Right, (r.Top + r.Bottom) / 2));
                }
                else if (r.Width <= 2.5 && r.Height > 3)
                {
                    vertical.Add(new Rule(r.Bottom, r.Top, (r.Left + r.Right) / 2));
                }
                else if (r.Width > 3 && r.Height > 3 && path.IsStroked)
                {
                    // A stroked rectangle: its four edges are rules.
                    horizontal.Add(new Rule(r.Left, r.Right, r.Top));
                    horizontal.Add(new Rule(r.Left, r.Right, r.Bottom));
                    vertical.Add(new Rule(r.Bottom, r.Top, r.Left));
                    vertical.Add(new Rule(r.Bottom, r.Top, r.Right));
                }
            }
        }

        return (MergeCollinear(horizontal), MergeCollinear(vertical));
    }

    /// <summary>Joins rule pieces that lie on one line and touch, so a rule drawn cell by cell becomes one rule.</summary>
    private static List<Rule> MergeCollinear(List<Rule> rules)
    {
        var merged = new List<Rule>();
        foreach (var group in rules.GroupBy(r => Math.Round(r.At / 1.0)))
        {
            Rule? current = null;
            foreach (var r in group.OrderBy(r => r.From))
            {
                if (current is not null && r.From <= current.To + 2)
                {
                    current = current with { To = Math.Max(current.To, r.To) };
                }
                else
                {
                    if (current is not null)
                    {
                        merged.Add(current);
                    }

                    current = r;
                }
            }

            if (current is not null)
            {
                merged.Add(current);
            }
        }

        return merged;
    }
}
