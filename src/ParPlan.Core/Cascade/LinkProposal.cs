namespace ParPlan.Core.Cascade;

/// <summary>The parent task a child task most likely carries out, and how alike their wording is (0–1).</summary>
public sealed record LinkProposal(Guid ChildTaskId, Guid ParentTaskId, double Score);
