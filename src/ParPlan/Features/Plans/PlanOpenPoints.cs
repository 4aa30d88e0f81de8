namespace ParPlan.Features.Plans;

/// <summary>What is still unresolved in a draft before it is issued: tasks waiting for a deadline, open groups with no
/// units picked, names in the lead/support cells that matched no unit; and how many units the plan assigns tasks to.</summary>
public sealed record PlanOpenPoints(IReadOnlyList<string> Waiting, IReadOnlyList<string> Groups, IReadOnlyList<string> Unmatched, int Units)
{
    public int Total => Waiting.Count + Groups.Count + Unmatched.Count;
}
