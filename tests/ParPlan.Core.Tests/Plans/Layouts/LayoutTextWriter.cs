using System.Text;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Layouts;

/// <summary>
/// Writes a gold plan in one <see cref="PlanLayout"/> as a PDF text extraction gives it, the way the seeds read: the
/// opening and targets as lines, the header row on one line, then each table row cell by cell, every cell wrapped to
/// its column's width in characters (a narrow unit column wraps "Phòng Nội" / "vụ"), a merged TT and objective printed
/// once above their sub-rows.
/// </summary>
public static class LayoutTextWriter
{
    private const int LineCharacters = 150;

    /// <param name="interleaved">Rows as a line-by-line extraction gives them: the first lines of every cell of a row on
    /// one line, then their second lines, and so on (all columns top-aligned, one space between cells).</param>
    public static string Write(PlanDocument gold, PlanLayout layout, IReadOnlyList<LayoutGroup> groups, byte[] docx, bool interleaved = false)
    {
        var text = new StringBuilder();
        foreach (var line in OpeningLines(docx))
        {
            text.AppendLine(line);
        }

        var weights = layout.Columns.Select(c => Weight(c.Column)).ToList();
        var widths = weights.Select(w => Math.Max(4, LineCharacters * w / weights.Sum())).ToList();
        text.AppendLine(string.Join(' ', layout.Columns.Select(c => c.Header).Where(h => h.Length > 0)));
        foreach (var group in groups)
        {
            text.AppendLine(group.Heading);
            foreach (var task in group.Tasks)
            {
                if (interleaved)
                {
                    WriteInterleaved(text, layout, task, widths);
                    continue;
                }

                text.AppendLine(task.Number);
                var rows = Rows(layout, task);
                for (var k = 0; k < rows.Count; k++)
                {
                    for (var c = 0; c < layout.Columns.Count; c++)
                    {
                        var column = layout.Columns[c].Column;
                        if (column == LayoutColumn.Ref || (column == LayoutColumn.Objective && layout.GroupSubRows && k > 0))
                        {
                            continue;
                        }

                        foreach (var paragraph in rows[k](column))
                        {
                            foreach (var line in Wrap(paragraph, widths[c]))
                            {
                                text.AppendLine(line + " ");
                            }
                        }
                    }
                }
            }
        }

        text.AppendLine("Nơi nhận:");
        return text.ToString();
    }

    private static void WriteInterleaved(StringBuilder text, PlanLayout layout, LayoutTask task, IReadOnlyList<int> widths)
    {
        var rows = Rows(layout, task);
        for (var k = 0; k < rows.Count; k++)
        {
            var cells = new List<List<string>>();
            for (var c = 0; c < layout.Columns.Count; c++)
            {
                var column = layout.Columns[c].Column;
                var lines = column == LayoutColumn.Ref ? (k == 0 ? [task.Number] : [])
                    : column == LayoutColumn.Objective && layout.GroupSubRows && k > 0 ? []
                    : rows[k](column).SelectMany(p => Wrap(p, widths[c])).ToList();
                cells.Add(lines);
            }

            for (var j = 0; j < cells.Max(c => c.Count); j++)
            {
                text.AppendLine(string.Join(' ', cells.Where(c => j < c.Count).Select(c => c[j])) + " ");
            }
        }
    }

    /// <summary>The body text before the table, as the Word document has it.</summary>
    private static IEnumerable<string> OpeningLines(byte[] docx)
    {
        var document = ParPlan.Core.Documents.DocumentReader.Read(docx, "plan.docx");
        foreach (var block in document.Blocks)
        {
            if (block is not ParPlan.Core.Documents.SourceLine line)
            {
                yield break;
            }

            yield return line.Text;
        }
    }

    private static List<Func<LayoutColumn, IReadOnlyList<string>>> Rows(PlanLayout layout, LayoutTask task)
    {
        var result = new List<Func<LayoutColumn, IReadOnlyList<string>>>();
        if (task.TitleRow)
        {
            var title = task.Expected.Title;
            result.Add(c => c == LayoutColumn.Title ? [title] : c == LayoutColumn.Objective && task.Objective is { } o ? [o] : []);
        }

        for (var k = 0; k < task.SubRows.Count; k++)
        {
            var sub = task.SubRows[k];
            var numbered = layout.GroupSubRows && task.SubRows.Count > 1 && !task.TitleRow ? $"{task.Number}.{k + 1}. " : "";
            var objective = task.TitleRow ? null : task.Objective;
            result.Add(c => c switch
            {
                LayoutColumn.Title => [numbered + sub.Title],
                LayoutColumn.Objective => objective is null ? [] : [objective],
                LayoutColumn.Activity => sub.Activity.Length == 0 ? [] : sub.Activity.Split('\n').Select(a => "- " + a).ToArray(),
                LayoutColumn.Output => List(sub.Outputs),
                LayoutColumn.Lead => List(sub.Lead),
                LayoutColumn.Support => List(sub.Support),
                LayoutColumn.Time => [sub.Schedule.Text],
                LayoutColumn.Funding => sub.Funding is null ? [] : [sub.Funding],
                _ => [],
            });
        }

        return result;
    }

    private static IReadOnlyList<string> List(IReadOnlyList<string> items) => items.Count == 0 ? [] : [string.Join("; ", items)];

    private static int Weight(LayoutColumn c) => c switch
    {
        LayoutColumn.Ref => 5, LayoutColumn.Objective => 16, LayoutColumn.Title => 22, LayoutColumn.Activity => 18, LayoutColumn.Output => 13,
        LayoutColumn.Lead => 12, LayoutColumn.Support => 12, LayoutColumn.Time => 11, LayoutColumn.Funding => 8, _ => 6,
    };

    private static IEnumerable<string> Wrap(string paragraph, int width)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
