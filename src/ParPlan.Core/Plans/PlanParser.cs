using ParPlan.Core.Documents;
using ParPlan.Core.Plans.Import;

namespace ParPlan.Core.Plans;

/// <summary>
/// Reads a plan (or a report, decision or criteria set) from a <see cref="SourceDocument"/> into the
/// <c>parplan.plan-document/1</c> contract: header, task-table areas and tasks, targets, warnings. Never throws on
/// odd content: what cannot be read becomes a warning.
/// </summary>
public static class PlanParser
{
    public static PlanDocument Parse(SourceDocument document, PlanParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new PlanParseOptions();
        // A website's text gives its tables with "|" between cells (on one line, or a "|" line after each cell): read
        // them as real rows, by their header; a text that keeps the page's layout gives them with cells at their places,
        // columns apart by spaces. When that finds no task, the text is read as it is.
        var rebuilt = PipeLineTables.Rebuild(PipeTables.Rebuild(SpacedTables.Rebuild(document)));
        if (!ReferenceEquals(rebuilt, document) && ParseBlocks(rebuilt, options) is { Tasks.Count: > 0 } fromRows)
        {
            return fromRows;
        }

        return ParseBlocks(document, options);
    }

    /// <summary>The document's text lines, each passed through <paramref name="raw"/> before it is normalised. Body
    /// text of real documents may also sit in layout tables (issuer | national motto): with a grid, the text of narrow
    /// rows is kept as lines; wide rows are the task table, read by GridTableReader.</summary>
    private static IEnumerable<string> Lines(SourceDocument document, bool hasGrid, Func<string, string> raw) => hasGrid
        ? document.Blocks.SelectMany(b => b switch
        {
            SourceLine l => [l.Text],
            SourceRow r when r.Cells.Count(c => !c.IsBlank) <= 2 && r.Cells.Count <= 3 => r.Cells.SelectMany(c => c.Lines),
            _ => [],
        }).Select(t => PhraseKit.Normalize(raw(t)))
        : document.Blocks.OfType<SourceLine>().Select(l => PhraseKit.Normalize(raw(l.Text))).Where(l => !Text.VietText.IsSignatureTimestamp(l.Trim()));

    private static PlanDocument ParseBlocks(SourceDocument document, PlanParseOptions options)
    {
        var warnings = new List<ImportWarning>();
        var hasGrid = document.Blocks.OfType<SourceRow>().Any();
        var lines = Lines(document, hasGrid, l => l).ToList();
        var opening = Lines(document, hasGrid, HeaderOpening.WideGapsAsCells).Take(HeaderOpening.Size).ToList();
        var header = HeaderReader.Read(lines, opening, options.Year, warnings);
        var year = header.Period?.From.Year ?? options.Year ?? header.IssuedOn?.Year ?? GuessYear(lines);
        var table = hasGrid ? GridTableReader.Read(document.Blocks) : TextTableReader.Read(lines);
        if (hasGrid && table.Tasks.Count == 0)
        {
            table = TextTableReader.Read(lines);
        }

        warnings.AddRange(table.Warnings);
        var ctx = new TaskBuilder.Context(year, header.Period, header.IssuedOn);
        var tasks = table.Tasks.Select(t => TaskBuilder.Build(t, ctx, warnings)).ToList();
        var areas = table.Groups.Where(g => !g.IsSubGroup && g.Area is not null)
            .Select(g => new PlanArea(g.Area!.Value, PhraseKit.Collapse(g.Heading), g.StatedCount)).ToList();
        TaskChecks.Check(table, tasks, warnings);
        var bodyLines = lines.Where((_, i) => hasGrid || !table.TableLines.Contains(i)).ToList();
        var targets = TargetCollector.Collect(bodyLines, tasks, year, warnings);
        return new PlanDocument
        {
            Header = header,
            StatedTaskTotal = table.StatedTotal,
            Areas = areas,
            Tasks = tasks,
            Targets = targets,
            Notices = warnings.Distinct().ToList(),
        };
    }

    /// <summary>The most frequent plausible year written in the text, or the current year when none is.</summary>
    private static int GuessYear(IReadOnlyList<string> lines)
    {
        var years = lines.SelectMany(l => System.Text.RegularExpressions.Regex.Matches(l, @"\b(20\d{2})\b").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)))
            .GroupBy(y => y).OrderByDescending(g => g.Count()).FirstOrDefault();
        return years?.Key ?? DateTime.UtcNow.Year;
    }
}
