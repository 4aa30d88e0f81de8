using ParPlan.Core.Plans;

namespace ParPlan.Core.Labels;

/// <summary>The Vietnamese names of a plan's or a target's level (<see cref="GovernmentLevel"/>).</summary>
public static class GovernmentLevelLabels
{
    public static string Label(GovernmentLevel level) => level switch
    {
        GovernmentLevel.Province => "Cấp tỉnh",
        GovernmentLevel.District => "Cấp huyện",
        GovernmentLevel.Commune => "Cấp xã",
        GovernmentLevel.Agency => "Cơ quan chuyên môn",
        GovernmentLevel.National => "Trung ương",
        _ => "Không rõ cấp",
    };
}
