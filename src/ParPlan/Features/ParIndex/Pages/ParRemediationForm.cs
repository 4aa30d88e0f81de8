namespace ParPlan.Features.ParIndex.Pages;

/// <summary>The decision form of a remediation proposal as posted: accept (with the fields as edited) or reject (with the note).</summary>
public sealed class ParRemediationForm
{
    public string? Decision { get; set; }

    public string? Title { get; set; }

    public string? Area { get; set; }

    public Guid? LeadUnitId { get; set; }

    public string? DueOn { get; set; }

    public Guid? PlanId { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }
}
