namespace ParPlan.Features.Reports.Pages;

/// <summary>What the report page's annex form posts: the version the user read and one row per typed-in annex row.</summary>
public sealed class AnnexFormModel
{
    public long? Version { get; set; }

    public List<AnnexFormRow> Rows { get; set; } = [];
}
