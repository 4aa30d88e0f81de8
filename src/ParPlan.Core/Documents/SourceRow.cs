namespace ParPlan.Core.Documents;

/// <summary>One row of a real table, with its cells in column order (grid spans already expanded into <see cref="SourceCell.Span"/>).</summary>
public sealed record SourceRow(IReadOnlyList<SourceCell> Cells, int Page = 0, int TableIndex = 0) : SourceBlock(Page)
{
    /// <summary>The whole row as one line, cells separated by a space (what a text extraction would give).</summary>
    public string FlatText => string.Join(' ', Cells.Where(c => !c.IsMergedContinuation).SelectMany(c => c.Lines));
}
