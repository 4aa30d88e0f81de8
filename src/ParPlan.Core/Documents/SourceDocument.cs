namespace ParPlan.Core.Documents;

/// <summary>The file format a <see cref="SourceDocument"/> was read from.</summary>
public enum SourceFormat { Text, Docx, Pdf }

/// <summary>
/// One file turned into an ordered list of blocks: plain lines of text, and, where the reader knows them,
/// real table rows with their cells. Every reader produces this model; the plan parser reads only it.
/// </summary>
public sealed record SourceDocument(SourceFormat Format, IReadOnlyList<SourceBlock> Blocks)
{
    /// <summary>Every block flattened to text lines in reading order (table cells left to right, their lines in order).</summary>
    public IEnumerable<string> AllLines()
    {
        foreach (var block in Blocks)
        {
            switch (block)
            {
                case SourceLine line:
                    yield return line.Text;
                    break;
                case SourceRow row:
                    foreach (var cell in row.Cells)
                    {
                        if (cell.IsMergedContinuation)
                        {
                            continue;
                        }

                        foreach (var text in cell.Lines)
                        {
                            yield return text;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Total characters of text held, for throughput figures.</summary>
    public long CharacterCount => AllLines().Sum(l => (long)l.Length + 1);
}

/// <summary>A block of a <see cref="SourceDocument"/>.</summary>
public abstract record SourceBlock(int Page);

/// <summary>One line of running text (a paragraph line, or a line of a text extraction).</summary>
public sealed record SourceLine(string Text, int Page = 0) : SourceBlock(Page);

/// <summary>One row of a real table, with its cells in column order (grid spans already expanded into <see cref="SourceCell.Span"/>).</summary>
public sealed record SourceRow(IReadOnlyList<SourceCell> Cells, int Page = 0, int TableIndex = 0) : SourceBlock(Page)
{
    /// <summary>The whole row as one line, cells separated by a space (what a text extraction would give).</summary>
    public string FlatText => string.Join(' ', Cells.Where(c => !c.IsMergedContinuation).SelectMany(c => c.Lines));
}

/// <summary>
/// One table cell: its paragraphs as lines. <see cref="Span"/> is the number of grid columns it covers;
/// <see cref="IsMergedContinuation"/> marks a cell that continues a vertically merged cell of the row above.
/// </summary>
public sealed record SourceCell(IReadOnlyList<string> Lines, int Span = 1, bool IsMergedContinuation = false)
{
    public string Text => string.Join(' ', Lines);

    public bool IsBlank => Lines.All(string.IsNullOrWhiteSpace);
}
