using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>Display helpers of the indicator pages: "—" for no value, dd/MM/yyyy dates, traffic lights and a
/// server-rendered SVG sparkline.</summary>
public static class BoardFormat
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Value(decimal? value, string unit = "") =>
        value is { } v ? v.ToString("#,##0.##", Vi) + (unit == "%" ? " %" : "") : "—";

    /// <summary>A contract comparator as officers write it: "≥ 98 %", "giảm 10 %".</summary>
    public static string Comparator(string comparator) => comparator.Trim() switch
    {
        Core.Plans.Comparators.AtLeast => "≥",
        Core.Plans.Comparators.AtMost => "≤",
        Core.Plans.Comparators.ReduceBy => "giảm",
        var other => other,
    };

    public static string Count(long? value) => value is { } v ? v.ToString("#,##0", Vi) : "—";

    public static string Date(DateTimeOffset? at) => at is { } a ? DossierCodes.LocalDate(a).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    public static string LightColor(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Met => "#2e7d32",
        AttainmentStatus.AtRisk => "#f9a825",
        AttainmentStatus.Missed => "#c62828",
        _ => "#9e9e9e",
    };

    public static MarkupString Light(AttainmentStatus status) => new(
        $"<span class=\"pp-light\" data-status=\"{status}\" title=\"{IndicatorEndpoints.StatusText(status)}\" style=\"display:inline-block;width:14px;height:14px;border-radius:50%;background:{LightColor(status)};vertical-align:middle\"></span>");

    /// <summary>A 120×28 polyline of the monthly values; gaps (no data) break the line.</summary>
    public static MarkupString Sparkline(IReadOnlyList<decimal?> values)
    {
        const int W = 120, H = 28;
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (present.Count == 0) return new MarkupString("<span>—</span>");
        var min = present.Min();
        var max = present.Max();
        var span = max == min ? 1m : max - min;
        var sb = new StringBuilder($"<svg class=\"pp-spark\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"Xu hướng theo tháng\">");
        var points = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v)
            {
                Flush();
                continue;
            }

            var x = values.Count == 1 ? 0 : i * (W - 4) / (values.Count - 1) + 2;
            var y = H - 3 - (double)((v - min) / span) * (H - 6);
            points.Add(string.Create(CultureInfo.InvariantCulture, $"{x},{y:0.#}"));
        }

        Flush();
        sb.Append("</svg>");
        return new MarkupString(sb.ToString());

        void Flush()
        {
            if (points.Count > 0)
            {
                sb.Append($"<polyline fill=\"none\" stroke=\"#1565c0\" stroke-width=\"1.5\" points=\"{string.Join(' ', points)}\" />");
                points.Clear();
            }
        }
    }
}
