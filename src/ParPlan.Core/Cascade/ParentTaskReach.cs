namespace ParPlan.Core.Cascade;

/// <summary>A task of the parent plan and the lower governments that have a role in it (they, one of their units, or a
/// class they belong to is named lead or support).</summary>
public sealed record ParentTaskReach(Guid TaskId, string Ref, string? Area, IReadOnlySet<Guid> Governments);
