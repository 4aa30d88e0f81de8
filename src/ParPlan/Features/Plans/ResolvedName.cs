using ParPlan.Core.Plans.Matching;

namespace ParPlan.Features.Plans;

/// <summary>A plan's unit name, resolved: the match and the units it stands for at the plan date (a group fans out
/// to its members; an open group or an unmatched name gives none).</summary>
public sealed record ResolvedName(string Text, UnitMatch Match, IReadOnlyList<Guid> UnitIds, Guid? GroupId);
