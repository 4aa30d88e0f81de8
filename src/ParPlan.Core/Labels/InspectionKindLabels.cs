using ParPlan.Core.Inspections;

namespace ParPlan.Core.Labels;

/// <summary>The one home of the inspection kinds' Vietnamese names (DOMAIN §7.4).</summary>
public static class InspectionKindLabels
{
    public static string Label(InspectionKind kind) => kind switch
    {
        InspectionKind.Planned => "Kiểm tra theo kế hoạch",
        InspectionKind.Unscheduled => "Kiểm tra đột xuất",
        InspectionKind.SelfInspection => "Tự kiểm tra",
        _ => "Không rõ",
    };

    /// <summary>The label of a contract code; an unknown code is "Không rõ", never the code.</summary>
    public static string Label(string? code) => InspectionRules.ParseKind(code) is { } kind ? Label(kind) : "Không rõ";
}
