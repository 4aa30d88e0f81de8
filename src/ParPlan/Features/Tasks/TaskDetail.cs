namespace ParPlan.Features.Tasks;

public sealed record TaskDetail(Guid Id, Guid PlanId, string PlanTitle, Guid GovernmentId, string Ref, string Title, string? Area,
    string ScheduleText, string Status, int Percent, long Version, DateOnly? DueDate, bool Overdue, string? CurrentPeriod,
    IReadOnlyList<AssignedUnit> Units, IReadOnlyList<ProgressItem> Progress, IReadOnlyList<EvidenceItem> Evidence,
    bool CanWrite, bool CanClose);
