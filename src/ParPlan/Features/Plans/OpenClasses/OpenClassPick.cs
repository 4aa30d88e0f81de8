namespace ParPlan.Features.Plans.OpenClasses;

/// <summary><c>POST /api/plans/{id}/open-classes</c> body: the cell (task, role, text as written), the picked units, the
/// plan's <c>version</c> and, once the plan is issued, the reason of the revision.</summary>
public sealed record OpenClassPick(Guid TaskId, string? Role, string? Text, IReadOnlyList<Guid>? UnitIds, long? Version, string? Reason);
