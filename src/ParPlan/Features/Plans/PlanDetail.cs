namespace ParPlan.Features.Plans;

/// <summary>A plan with its areas, targets and tasks; warnings in Vietnamese.</summary>
public sealed record PlanDetail(Guid Id, Guid GovernmentId, string GovernmentName, string Title, string? Number, DateOnly? IssuedOn, string? Signer,
    DateOnly PeriodFrom, DateOnly PeriodTo, string? ParentPlanReference, Guid? ParentPlanId, string Status, int RevisionNumber, long Version,
    string? SourceFileName, IReadOnlyList<string> Warnings, IReadOnlyList<PlanAreaDto> Areas, IReadOnlyList<PlanTargetDto> Targets,
    IReadOnlyList<PlanTaskDto> Tasks);
