using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using ParPlan.Components.Layout;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Core.Text;

namespace ParPlan.Features.Indicators;

/// <summary>Display helpers of the indicator pages: "—" for no value, dd/MM/yyyy dates, traffic lights and a
/// server-rendered SVG sparkline.</summary>
public static class BoardFormat
{
    public static string Value(decimal? value, string unit = "") =>
        value is { } v ? NumberText.Decimal(v) + (unit == "%" ? " %" : "") : "—";

    /// <summary>A target as officers write it: "≥ 98 %", "giảm 10 %".</summary>
    public static string Target(string comparator, decimal value, string unit) => $"{ComparatorLabels.Label(comparator)} {Value(value, unit)}";

    /// <summary>What the board says when a period's figures count dossiers of units that did not exist on its last day.</summary>
    public static string? OutsideUnitDatesNotice(OutsideDatesCount n, ReportingPeriod period) => n.Received == 0 && n.Finished == 0 ? null
        : $"Số liệu kỳ này có {Count(n.Received)} hồ sơ tiếp nhận và {Count(n.Finished)} hồ sơ hoàn thành của đơn vị chưa thành lập "
            + $"(hoặc đã giải thể) vào ngày {period.To.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}, ví dụ xã mới từ 01/07/2025: chúng được cộng vào các cấp trên theo đơn vị cấp "
            + "trên của đơn vị đó khi thành lập (hoặc khi giải thể). Nếu mã đơn vị trong tệp xuất sai, hãy sửa tệp rồi nhập lại.";

    /// <summary>What the dossier list (page and API) says about the listed dossiers of units that did not exist on the period's last day.</summary>
    public static string? OutsideUnitDatesNotice(int count, ReportingPeriod period) => count == 0 ? null
        : $"{Count(count)} hồ sơ trong danh sách thuộc đơn vị chưa thành lập (hoặc đã giải thể) vào ngày {period.To.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}; "
            + "chúng được tính theo đơn vị cấp trên của đơn vị đó khi thành lập (hoặc khi giải thể).";

    /// <summary>The filter of the dossiers in a rate's denominator but not in its numerator; null for a count.</summary>
    public static string? RestLabel(string code) => code switch
    {
        IndicatorCodes.OnTimeRate => "Không đúng hạn (trễ hạn)",
        IndicatorCodes.OnlineRate => "Không nộp trực tuyến",
        IndicatorCodes.OnlineFullRate => "Không nộp trực tuyến toàn trình",
        IndicatorCodes.OnlinePartialRate => "Không nộp trực tuyến một phần",
        IndicatorCodes.OnlinePaymentRate => "Chưa thanh toán trực tuyến",
        IndicatorCodes.DigitisedRate => "Chưa số hóa hồ sơ",
        IndicatorCodes.DigitisedResultRate => "Chưa số hóa kết quả",
        IndicatorCodes.ReuseRate => "Không tái sử dụng dữ liệu",
        IndicatorCodes.SatisfactionRate => "Chưa hài lòng (đánh giá 1–3)",
        IndicatorCodes.LateApologyRate => "Chưa có thư xin lỗi",
        _ => null,
    };

    /// <summary>The board's count of its targets by assessment: "3 đạt · 0 có nguy cơ · 1 không đạt · 0 chưa có dữ liệu".</summary>
    public static string Tally(Board board) => string.Join(" · ",
        new[] { AttainmentStatus.Met, AttainmentStatus.AtRisk, AttainmentStatus.Missed, AttainmentStatus.NoData }
            .Select(s => $"{Count(board.Count(s))} {AttainmentLabels.Label(s).ToLower(CultureInfo.GetCultureInfo("vi-VN"))}"));

    public static string Count(long? value) => value is { } v ? NumberText.Count(v) : "—";

    /// <summary>A Decision 766 group's estimated points: "15,6 / 20 điểm"; "chưa ước tính được" without data.</summary>
    public static string Points(decimal? points, decimal? max) => points is null ? "Chưa ước tính được"
        : max is { } m ? $"{Value(points)} / {Value(m)} điểm" : $"{Value(points)} điểm";

    public static string Date(DateTimeOffset? at) => at is { } a ? DossierCodes.LocalDate(a).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    /// <summary>The status colours of <see cref="AppTheme"/>: success, warning, error, and grey for no data.</summary>
    public static string LightColor(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Met => AppTheme.Theme.PaletteLight.Success.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex),
        AttainmentStatus.AtRisk => AppTheme.Theme.PaletteLight.Warning.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex),
        AttainmentStatus.Missed => AppTheme.Theme.PaletteLight.Error.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex),
        _ => AppTheme.Theme.PaletteLight.GrayDefault,
    };

    private static string LineColor => AppTheme.Theme.PaletteLight.Info.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex);

    public static MarkupString Light(AttainmentStatus status) => new(
        $"<span class=\"pp-light\" data-status=\"{status}\" title=\"{AttainmentLabels.Label(status)}\" aria-label=\"{AttainmentLabels.Label(status)}\" role=\"img\" style=\"display:inline-block;width:14px;height:14px;border-radius:50%;background:{LightColor(status)};vertical-align:middle\"></span>");

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
                sb.Append($"<polyline fill=\"none\" stroke=\"{LineColor}\" stroke-width=\"1.5\" points=\"{string.Join(' ', points)}\" />");
                points.Clear();
            }
        }
    }
}
