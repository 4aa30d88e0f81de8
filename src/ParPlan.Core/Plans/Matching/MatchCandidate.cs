namespace ParPlan.Core.Plans.Matching;

/// <summary>A unit or group a name may match: its display name and every alias.</summary>
public sealed record MatchCandidate(Guid Id, MatchTargetKind Kind, string Name, IReadOnlyList<string> Aliases);
