namespace ParPlan.Features.Tasks;

public sealed record EvidenceItem(Guid Id, Guid UnitId, string Title, string? DocumentNumber, DateOnly? DocumentDate, string? FileName,
    long Size, string? Link, string CreatedBy, DateTimeOffset CreatedAt);
