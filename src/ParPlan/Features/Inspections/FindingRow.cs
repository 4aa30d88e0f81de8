using ParPlan.Core.Inspections;

namespace ParPlan.Features.Inspections;

/// <summary>A finding with the state of its remediation task (status open / closed / overdue on the injected clock).</summary>
public sealed record FindingRow(Guid Id, Guid VisitId, Guid UnitId, string UnitName, string Text, DateOnly RemedyDueOn, Guid TaskId, string TaskRef,
    Guid PlanId, int Percent, FindingStatus Status)
{
    public string StatusCode => InspectionRules.Code(Status);
}
