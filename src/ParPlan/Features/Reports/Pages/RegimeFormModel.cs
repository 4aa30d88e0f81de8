namespace ParPlan.Features.Reports.Pages;

/// <summary>The regime-wide fields as the regimes page's form posts them.</summary>
public sealed class RegimeFormModel
{
    public string? Code { get; set; }

    public long Version { get; set; }

    public string? Name { get; set; }

    public string? Basis { get; set; }

    public string? ReceivingBody { get; set; }

    public string? OutlineKey { get; set; }

    public string? AnnexKey { get; set; }

    public string? AgencyAnnexKey { get; set; }
}
