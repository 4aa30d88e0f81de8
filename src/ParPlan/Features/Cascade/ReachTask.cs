using ParPlan.Core.Cascade;

namespace ParPlan.Features.Cascade;

/// <summary>A task of a parent plan with the lower governments that have a role in it.</summary>
public sealed record ReachTask(Guid Id, string Ref, string? Area, string Title, DateOnly? DueDate, string Status, IReadOnlySet<Guid> Governments)
{
    public ParentTaskReach ToCore() => new(Id, Ref, Area, Governments);
}
