namespace ParPlan.Features.Cascade;

/// <summary>A confirmed link: the child plan's task carries out the parent task.</summary>
public sealed record TaskLink(Guid TaskId, Guid ParentTaskId);
