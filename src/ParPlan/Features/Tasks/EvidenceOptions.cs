namespace ParPlan.Features.Tasks;

/// <summary>Upload limits (section <c>Evidence</c>), checked at start by <c>AddTasks</c>.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}
