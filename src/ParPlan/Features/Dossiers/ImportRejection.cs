namespace ParPlan.Features.Dossiers;

/// <summary>A rejected row of an import: its line as a spreadsheet shows it, and the Vietnamese reason.</summary>
public sealed class ImportRejection
{
    public long Id { get; set; }

    public long BatchId { get; set; }

    public long Line { get; set; }

    public string Reason { get; set; } = "";
}
