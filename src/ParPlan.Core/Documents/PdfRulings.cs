using UglyToad.PdfPig.Content;

namespace ParPlan.Core.Documents;

/// <summary>A horizontal rule (y = <see cref="At"/>, x from <see cref="From"/> to <see cref="To"/>) or a vertical one.</summary>
internal sealed record Rule(double From, double To, double At);

/// <summary>
/// The rules a PDF page draws: thin stroked or filled shapes. Rules that touch form one drawing; a drawing that lies
/// wholly inside another without touching it (a small table nested in a cell, a box or an underline inside a cell) is
/// part of that cell's content, not of the table's grid, so its rules are left out and its words fall into the cell.
/// </summary>
internal static class PdfRulings
{
    private const double Touch = 3;

    public static (List<Rule> Horizontal, List<Rule> Vertical) Read(Page page)
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

        return WithoutNested(MergeCollinear(horizontal), MergeCollinear(vertical));
    }

    /// <summary>
    /// Drops every drawing (rules connected by touching) whose bounds lie inside another drawing's bounds that
    /// has both horizontal and vertical rules, i.e. a grid.
    /// </summary>
    internal static (List<Rule> Horizontal, List<Rule> Vertical) WithoutNested(List<Rule> horizontal, List<Rule> vertical)
    {
        var count = horizontal.Count + vertical.Count;
        if (horizontal.Count == 0 || vertical.Count == 0 || count > 4000)
        {
            return (horizontal, vertical);
        }

        var parent = Enumerable.Range(0, count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var h = 0; h < horizontal.Count; h++)
        {
            for (var v = 0; v < vertical.Count; v++)
            {
                if (Crosses(horizontal[h], vertical[v]))
                {
                    parent[Find(h)] = Find(horizontal.Count + v);
                }
            }
        }

        // Bounds per drawing: left, right, bottom, top, and whether it has rules both ways.
        var bounds = new Dictionary<int, (double Left, double Right, double Bottom, double Top, bool H, bool V)>();
        for (var i = 0; i < count; i++)
        {
            var isH = i < horizontal.Count;
            var r = isH ? horizontal[i] : vertical[i - horizontal.Count];
            var (left, right, bottom, top) = isH ? (r.From, r.To, r.At, r.At) : (r.At, r.At, r.From, r.To);
            var root = Find(i);
            bounds[root] = bounds.TryGetValue(root, out var b)
                ? (Math.Min(b.Left, left), Math.Max(b.Right, right), Math.Min(b.Bottom, bottom), Math.Max(b.Top, top), b.H || isH, b.V || !isH)
                : (left, right, bottom, top, isH, !isH);
        }

        var nested = bounds.Keys.Where(c => bounds.Any(d => d.Key != c && d.Value.H && d.Value.V && Inside(bounds[c], d.Value))).ToHashSet();
        if (nested.Count == 0)
        {
            return (horizontal, vertical);
        }

        return (horizontal.Where((_, i) => !nested.Contains(Find(i))).ToList(),
            vertical.Where((_, i) => !nested.Contains(Find(horizontal.Count + i))).ToList());
    }

    private static bool Crosses(Rule h, Rule v) =>
        v.At >= h.From - Touch && v.At <= h.To + Touch && h.At >= v.From - Touch && h.At <= v.To + Touch;

    private static bool Inside(
        (double Left, double Right, double Bottom, double Top, bool H, bool V) inner,
        (double Left, double Right, double Bottom, double Top, bool H, bool V) outer) =>
        inner.Left > outer.Left + 1 && inner.Right < outer.Right - 1 && inner.Bottom > outer.Bottom + 1 && inner.Top < outer.Top - 1;

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
