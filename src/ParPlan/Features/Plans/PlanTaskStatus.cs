namespace ParPlan.Features.Plans;

/// <summary>A task's progress state; stored and served as the contract's kebab-case strings.</summary>
public enum PlanTaskStatus
{
    NotStarted,
    InProgress,
    Done,
    DoneLate,
    Blocked,
}
