namespace ParPlan.Features.Organisation;

/// <summary>One row of the tree as of a date, in depth-first order.</summary>
public sealed record UnitNode(
    Guid Id,
    string Code,
    string Name,
    UnitKind Kind,
    UnitLevel Level,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    Guid? ParentId,
    int Depth,
    bool IsStandingAgency);
