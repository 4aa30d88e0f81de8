namespace ParPlan.Core.Documents.Decree30;

/// <summary>
/// An annex (Phụ lục) on landscape pages: "Phụ lục" (with a Roman number when there are several), its title in capitals,
/// the italic "(Kèm theo … )" line, and a table with a header row and relative column widths.
/// </summary>
public sealed record Annex(string Label, string Title, string? Attachment, IReadOnlyList<string> Columns, IReadOnlyList<int> Widths, IReadOnlyList<AnnexRow> Rows);
