namespace ParPlan.Core.Documents.Decree30;

/// <summary>A row of an annex table: its cells (each may hold several lines separated by '\n'); a group row spans the
/// whole table; a sub-row's first cell is merged with the row above. <see cref="Numbers"/>, when given, holds the value
/// of each cell that is a number (null for a text cell), so the XLSX annex writes numbers as numbers.</summary>
public sealed record AnnexRow(IReadOnlyList<string> Cells, bool IsGroup = false, bool MergeFirstCellWithAbove = false, IReadOnlyList<decimal?>? Numbers = null)
{
    /// <summary>The number in cell <paramref name="index"/>, or null when the cell is text.</summary>
    public decimal? Number(int index) => Numbers is not null && index < Numbers.Count ? Numbers[index] : null;
}
