namespace ParPlan.Features.Organisation;

/// <summary>A group with its rule and members resolved at a date.</summary>
public sealed record GroupView(Guid Id, string Code, string Name, Guid? GovernmentId, string? GovernmentName, GroupRule Rule,
    IReadOnlyList<UnitKind> Kinds, IReadOnlyList<string> Aliases, IReadOnlyList<DatedLink> Members);
