namespace ParPlan.Features.Cascade;

/// <summary>A proposed link for the officer to confirm: the child task, the parent task, and how alike they read.</summary>
public sealed record LinkProposalRow(Guid TaskId, string TaskRef, string TaskTitle, Guid ParentTaskId, string ParentRef, string ParentTitle, double Score);
