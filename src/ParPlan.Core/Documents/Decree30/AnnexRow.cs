namespace ParPlan.Core.Documents.Decree30;

/// <summary>A row of an annex table: its cells (each may hold several lines separated by '\n'); a group row spans the
/// whole table; a sub-row's first cell is merged with the row above.</summary>
public sealed record AnnexRow(IReadOnlyList<string> Cells, bool IsGroup = false, bool MergeFirstCellWithAbove = false);
