namespace ParPlan.Features.Tasks;

/// <summary>What one submit of the task page saved.</summary>
public enum TaskReportOutcome
{
    Progress,
    Evidence,
    ProgressAndEvidence,
}
