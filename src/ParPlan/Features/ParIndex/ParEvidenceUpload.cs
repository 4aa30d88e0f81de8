namespace ParPlan.Features.ParIndex;

/// <summary>Evidence for an item: a file, a web link, or the id of a task's evidence already in ParPlan.</summary>
public sealed record ParEvidenceUpload(string? Title, IFormFile? File, string? Link, Guid? TaskEvidenceId);
