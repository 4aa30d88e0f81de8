namespace ParPlan.Features.Plans;

/// <summary>A task at a revision. <see cref="Assignments"/> is null in snapshots written before assignments were
/// recorded ("not recorded", which is not "none").</summary>
public sealed record TaskSnapshot(string Ref, string? Area, string Title, string Schedule, string Outputs, string Lead, string Support, string? Funding,
    IReadOnlyList<AssignmentSnapshot>? Assignments = null);
