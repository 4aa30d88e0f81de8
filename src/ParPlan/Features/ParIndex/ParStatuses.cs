namespace ParPlan.Features.ParIndex;

/// <summary>The contract's assessment statuses (labels in <c>ParAssessmentStatusLabels</c>).</summary>
public static class ParStatuses
{
    public const string Open = "open";
    public const string Submitted = "submitted";
    public const string Appraising = "appraising";
    public const string Finalized = "finalized";
}
