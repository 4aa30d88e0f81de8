using ParPlan.Core.Indicators;

namespace ParPlan.Core.Labels;

/// <summary>The Vietnamese name of an indicator by its code ("dossier.on-time-rate" → "Tỷ lệ hồ sơ TTHC giải quyết đúng
/// hạn và trước hạn"). The names themselves live with their definitions in <see cref="IndicatorCatalog"/>; pages and
/// exports ask here and never show the code.</summary>
public static class IndicatorLabels
{
    public const string Unknown = "Chỉ số không còn trong danh mục";

    public static string Label(string code) => IndicatorCatalog.Find(code)?.Name ?? Unknown;
}
