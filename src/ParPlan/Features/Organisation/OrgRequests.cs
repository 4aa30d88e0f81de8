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

public sealed record RenameUnitRequest(Guid UnitId, string NewName, DateOnly EffectiveOn, string? Reference = null);

/// <summary>Predecessors end the day before <see cref="EffectiveOn"/>; the successor (created beforehand,
/// valid from <see cref="EffectiveOn"/>) takes over.</summary>
public sealed record MergeUnitsRequest(IReadOnlyList<Guid> PredecessorIds, Guid SuccessorId, DateOnly EffectiveOn, string? Reference = null);

/// <summary>The unit and everything below it end the day before <see cref="EffectiveOn"/>.</summary>
public sealed record AbolishUnitRequest(Guid UnitId, DateOnly EffectiveOn, string? Reference = null, Guid? SuccessorId = null);

public sealed record ReparentUnitRequest(Guid UnitId, Guid NewParentId, DateOnly EffectiveOn, string? Reference = null);

public sealed record DesignateStandingAgencyRequest(Guid GovernmentId, Guid AgencyId, DateOnly? ValidFrom, string? Basis = null);

public sealed record CreateGroupRequest(
    string Code,
    string Name,
    Guid? GovernmentId,
    GroupRule Rule,
    IReadOnlyList<UnitKind>? Kinds = null,
    bool IncludeDescendants = false,
    IReadOnlyList<string>? Aliases = null);

public sealed record AddGroupMemberRequest(Guid GroupId, Guid UnitId, DateOnly? ValidFrom = null, DateOnly? ValidTo = null);
