namespace ParPlan.Features.Plans;

/// <summary>Settings of plan import (<c>Plans:Import</c>), checked at start (<see cref="PlansSetup"/>).</summary>
public sealed class PlanImportOptions
{
    public const string Section = "Plans:Import";

    /// <summary>Largest accepted upload in bytes (default 10 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
