namespace ParPlan.Features.Organisation;

public sealed record UnitDetail(
    Guid Id,
    string Code,
    string Name,
    string NameAsOf,
    UnitKind Kind,
    UnitLevel Level,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Note,
    long Version,
    IReadOnlyList<DatedName> Names,
    IReadOnlyList<DatedLink> Parents,
    IReadOnlyList<DatedLink> Children,
    IReadOnlyList<DatedLink> Predecessors,
    IReadOnlyList<DatedLink> Successors,
    IReadOnlyList<DatedLink> StandingAgencies,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<UnitEventView> Events);
