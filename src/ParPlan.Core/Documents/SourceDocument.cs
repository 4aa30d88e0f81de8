namespace ParPlan.Core.Documents;

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
