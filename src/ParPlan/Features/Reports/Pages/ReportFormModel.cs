namespace ParPlan.Features.Reports.Pages;

/// <summary>What the report page's forms post: the version the user read, and per form a section's code and text, a
/// reason (return, un-accept, waive) or the child unit to waive.</summary>
public sealed class ReportFormModel
{
    public long? Version { get; set; }

    public string? Code { get; set; }

    public string? Text { get; set; }

    public string? Reason { get; set; }

    public Guid? ChildUnitId { get; set; }
}
