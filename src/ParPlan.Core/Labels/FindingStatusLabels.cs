using ParPlan.Core.Inspections;

namespace ParPlan.Core.Labels;

/// <summary>The one home of the inspection findings' statuses in Vietnamese.</summary>
public static class FindingStatusLabels
{
    public static string Label(FindingStatus status) => status switch
    {
        FindingStatus.Open => "Đang khắc phục",
        FindingStatus.Closed => "Đã khắc phục",
        FindingStatus.Overdue => "Quá hạn khắc phục",
        _ => "Không rõ",
    };

    public static string Label(string? code) => code switch
    {
        "open" => Label(FindingStatus.Open),
        "closed" => Label(FindingStatus.Closed),
        "overdue" => Label(FindingStatus.Overdue),
        _ => "Không rõ",
    };
}
