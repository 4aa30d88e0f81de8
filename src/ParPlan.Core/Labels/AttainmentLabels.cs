using ParPlan.Core.Indicators;

namespace ParPlan.Core.Labels;

/// <summary>The Vietnamese assessment of an indicator against its target.</summary>
public static class AttainmentLabels
{
    public static string Label(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Met => "Đạt",
        AttainmentStatus.AtRisk => "Có nguy cơ",
        AttainmentStatus.Missed => "Không đạt",
        _ => "Chưa có dữ liệu",
    };
}
