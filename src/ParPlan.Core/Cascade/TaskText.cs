namespace ParPlan.Core.Cascade;

/// <summary>A task as the link proposer reads it: its area code and title.</summary>
public sealed record TaskText(Guid Id, string? Area, string Title);
