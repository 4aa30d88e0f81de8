namespace ParPlan.Features.ParIndex;

/// <summary>The JSON form of evidence: a link, or the id of a task's evidence already in ParPlan.</summary>
public sealed record ParEvidenceLink(string? Title, string? Link, Guid? TaskEvidenceId);
