namespace ParPlan.Features.Reports.Pages;

/// <summary>A form that names a regime and the version the user saw (going back to the default).</summary>
public sealed class VersionFormModel
{
    public string? Code { get; set; }

    public long Version { get; set; }
}
