namespace ParPlan.Core.Documents;

/// <summary>
/// One table cell: its paragraphs as lines. <see cref="Span"/> is the number of grid columns it covers;
/// <see cref="IsMergedContinuation"/> marks a cell that continues a vertically merged cell of the row above.
/// <see cref="LinesAreParagraphs"/> marks lines the author broke (Word paragraphs and line breaks), as opposed to
/// lines a printed page wrapped.
/// </summary>
public sealed record SourceCell(IReadOnlyList<string> Lines, int Span = 1, bool IsMergedContinuation = false)
{
    public bool LinesAreParagraphs { get; init; }

    public string Text => string.Join(' ', Lines);

    public bool IsBlank => Lines.All(string.IsNullOrWhiteSpace);
}
