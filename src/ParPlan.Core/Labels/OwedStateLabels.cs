using ParPlan.Core.Reports;

namespace ParPlan.Core.Labels;

/// <summary>Vietnamese names of where an owed report stands (<see cref="OwedState"/>).</summary>
public static class OwedStateLabels
{
    public static string Label(OwedState state) => state switch
    {
        OwedState.DueSoon => "Sắp đến hạn",
        OwedState.Overdue => "Quá hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
