namespace ParPlan.Features.Cascade;

/// <summary>A recorded waiver of the coverage matrix: the parent task, the lower government, why, and who recorded it.</summary>
public sealed record WaiverRow(Guid ParentTaskId, string TaskRef, string TaskTitle, Guid GovernmentId, string GovernmentName, string Reason,
    string CreatedBy, DateTimeOffset CreatedAt);
