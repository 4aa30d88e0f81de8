namespace ParPlan.Features.ParIndex;

/// <summary>One evidence of an item: a file (download at <see cref="Url"/>), a web link, or a task's evidence.</summary>
public sealed record ParEvidenceView(Guid Id, string Title, string? FileName, string? Link, Guid? TaskEvidenceId, string? Url);
