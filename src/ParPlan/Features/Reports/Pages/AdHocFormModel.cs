namespace ParPlan.Features.Reports.Pages;

/// <summary>An ad hoc report as typed on the regimes page (dates dd/MM/yyyy).</summary>
public sealed class AdHocFormModel
{
    public string? Subject { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Due { get; set; }

    public string? ReceivingBody { get; set; }
}
