using ParPlan.Features.Organisation;

namespace ParPlan.Features.Reports;

/// <summary>A unit as the reports feature needs it.</summary>
public sealed record UnitInfo(Guid Id, string Code, string Name, UnitKind Kind)
{
    public bool IsGovernment => Kind.IsGovernment();
}
