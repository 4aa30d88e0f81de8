namespace ParPlan.Features.Reports.Pages;

/// <summary>The calendar's "Lập báo cáo" form: whose report, which period and regime.</summary>
public sealed class StartFormModel
{
    public Guid? UnitId { get; set; }

    public string? Period { get; set; }

    public string? Regime { get; set; }
}
