namespace ParPlan.Features.ParIndex;

/// <summary>The statuses of a remediation proposal (labels in <c>ParRemediationStatusLabels</c>).</summary>
public static class ParRemediationStatuses
{
    public const string Proposed = "proposed";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
}
