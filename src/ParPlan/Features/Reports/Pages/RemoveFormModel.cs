namespace ParPlan.Features.Reports.Pages;

/// <summary>The confirmation form that removes an ad hoc report.</summary>
public sealed class RemoveFormModel
{
    public Guid Id { get; set; }
}
