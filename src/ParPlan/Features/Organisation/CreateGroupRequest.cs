namespace ParPlan.Features.Organisation;

public sealed record CreateGroupRequest(
    string Code,
    string Name,
    Guid? GovernmentId,
    GroupRule Rule,
    IReadOnlyList<UnitKind>? Kinds = null,
    bool IncludeDescendants = false,
    IReadOnlyList<string>? Aliases = null);
