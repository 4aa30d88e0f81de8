namespace ParPlan.Features.Organisation;

public sealed record CreateUnitRequest(
    string Code,
    string Name,
    UnitKind Kind,
    UnitLevel Level,
    Guid? ParentId,
    DateOnly? ValidFrom,
    IReadOnlyList<string>? Aliases = null,
    string? Note = null);
