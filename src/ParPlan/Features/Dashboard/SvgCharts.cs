using System.Globalization;
using System.Net;
using System.Text;

namespace ParPlan.Features.Dashboard;

/// <summary>One bar of a stacked chart: a label and its segments in order.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<int> Values, string? Href = null);

/// <summary>Server-rendered SVG charts (no script): stacked horizontal bars and a two-part ring.</summary>
public static class SvgCharts
{
    public static readonly string[] StatusColours = ["#2e7d32", "#f9a825", "#1976d2", "#9e9e9e", "#c62828"];

    /// <summary>Stacked horizontal bars, one row per <see cref="ChartRow"/>, each segment scaled to the largest row total.</summary>
    public static string StackedBars(string title, IReadOnlyList<ChartRow> rows, IReadOnlyList<string> legend, IReadOnlyList<string>? colours = null,
        int labelWidth = 260)
    {
        colours ??= StatusColours;
        const int barWidth = 420, rowHeight = 26, top = 30;
        var height = top + rows.Count * rowHeight + 30;
        var max = Math.Max(1, rows.Select(r => r.Values.Sum()).DefaultIfEmpty(0).Max());
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"pp-chart\" viewBox=\"0 0 {labelWidth + barWidth + 60} {height}\" width=\"100%\" aria-label=\"{E(title)}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"18\" font-size=\"14\" font-weight=\"bold\">{E(title)}</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = top + i * rowHeight;
            var label = row.Label.Length > 38 ? row.Label[..37] + "…" : row.Label;
            var text = $"<text x=\"0\" y=\"{y + 16}\" font-size=\"12\">{E(label)}<title>{E(row.Label)}</title></text>";
            sb.Append(row.Href is null ? text : $"<a href=\"{E(row.Href)}\">{text}</a>");
            double x = labelWidth;
            for (var s = 0; s < row.Values.Count; s++)
            {
                var w = row.Values[s] * (double)barWidth / max;
                if (w <= 0) continue;
                var name = s < legend.Count ? legend[s] : "";
                sb.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x:0.#}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"18\" fill=\"{colours[s % colours.Count]}\"><title>{E(name)}: {row.Values[s]}</title></rect>");
                x += w;
            }

            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.#}\" y=\"{y + 17}\" font-size=\"12\">{row.Values.Sum()}</text>");
        }

        double lx = 0;
        for (var s = 0; s < legend.Count; s++)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{lx:0.#}\" y=\"{height - 18}\" width=\"12\" height=\"12\" fill=\"{colours[s % colours.Count]}\"/><text x=\"{lx + 16:0.#}\" y=\"{height - 8}\" font-size=\"12\">{E(legend[s])}</text>");
            lx += 30 + legend[s].Length * 7;
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>A ring split into on-time and late completions, with the on-time share in the middle.</summary>
    public static string OnTimeRing(int onTime, int late)
    {
        var total = onTime + late;
        const double r = 50, c = 2 * Math.PI * r;
        var share = total == 0 ? 0 : (double)onTime / total;
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"pp-chart\" viewBox=\"0 0 260 130\" width=\"260\" aria-label=\"Đúng hạn và quá hạn\">");
        sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"65\" cy=\"65\" r=\"{r}\" fill=\"none\" stroke=\"{(total == 0 ? "#e0e0e0" : StatusColours[4])}\" stroke-width=\"18\"/>");
        if (onTime > 0)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"65\" cy=\"65\" r=\"{r}\" fill=\"none\" stroke=\"{StatusColours[0]}\" stroke-width=\"18\" stroke-dasharray=\"{share * c:0.##} {c:0.##}\" transform=\"rotate(-90 65 65)\"/>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"65\" y=\"70\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">{share * 100:0}%</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"130\" y=\"50\" font-size=\"12\" fill=\"{StatusColours[0]}\">Đúng hạn: {onTime}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"130\" y=\"80\" font-size=\"12\" fill=\"{StatusColours[4]}\">Quá hạn: {late}</text>");
        return sb.Append("</svg>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
