using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>
/// A plan's task table as an annex, with the columns the plan was imported with: STT, Mục tiêu (when tasks have one),
/// Nhiệm vụ, Hoạt động (when tasks list activities of their own), Kết quả/Sản phẩm, Cơ quan chủ trì, Cơ quan phối hợp,
/// Thời gian thực hiện/hoàn thành and Kinh phí (when any task has funding). Each area opens with its group row as the
/// plan printed it; a task whose rows were split (sub-rows, or one deadline per activity) is written as its rows again.
/// </summary>
public static class PlanAnnex
{
    private enum Column { Ref, Objective, Title, Activity, Output, Lead, Support, Time, Funding }

    private static readonly Dictionary<Column, (string Name, int Width)> Names = new()
    {
        [Column.Ref] = ("STT", 5),
        [Column.Objective] = ("Mục tiêu", 16),
        [Column.Title] = ("Nhiệm vụ", 24),
        [Column.Activity] = ("Hoạt động", 20),
        [Column.Output] = ("Kết quả/Sản phẩm", 14),
        [Column.Lead] = ("Cơ quan chủ trì", 14),
        [Column.Support] = ("Cơ quan phối hợp", 14),
        [Column.Time] = ("Thời gian thực hiện/hoàn thành", 12),
        [Column.Funding] = ("Kinh phí", 9),
    };

    public static Annex From(PlanDocument plan, string title, string? attachment)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var columns = Columns(plan);
        var rows = new List<AnnexRow>();
        string? group = null;
        foreach (var task in plan.Tasks)
        {
            var parts = task.Ref.Split('.');
            if (parts[0] != group)
            {
                group = parts[0];
                var heading = plan.Areas.FirstOrDefault(a => a.Code == task.Area)?.Heading ?? AreaNames.Of(task.Area is { } c ? System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(c.ToString()) : null);
                rows.Add(new AnnexRow([heading], IsGroup: true));
            }

            rows.AddRange(TaskRows(task, parts[^1], columns));
        }

        return new Annex("Phụ lục", title, attachment, columns.Select(c => Names[c].Name).ToList(), columns.Select(c => Names[c].Width).ToList(), rows);
    }

    private static List<Column> Columns(PlanDocument plan)
    {
        var columns = new List<Column> { Column.Ref };
        if (plan.Tasks.Any(t => !string.IsNullOrWhiteSpace(t.Objective)))
        {
            columns.Add(Column.Objective);
        }

        columns.Add(Column.Title);
        if (plan.Tasks.Any(t => t.Activities.Count > 0 && t.ActivityDetails is null && !string.IsNullOrWhiteSpace(t.Objective)))
        {
            columns.Add(Column.Activity);
        }

        if (plan.Tasks.Any(t => t.Outputs.Count > 0))
        {
            columns.Add(Column.Output);
        }

        columns.AddRange([Column.Lead, Column.Support, Column.Time]);
        if (plan.Tasks.Any(t => !string.IsNullOrWhiteSpace(t.Funding)))
        {
            columns.Add(Column.Funding);
        }

        return columns;
    }

    private static IEnumerable<AnnexRow> TaskRows(PlanTask task, string number, List<Column> columns)
    {
        if (task.ActivityDetails is { Count: > 0 } details)
        {
            yield return Row(columns, new() { [Column.Ref] = number, [Column.Title] = task.Title, [Column.Objective] = task.Objective });
            foreach (var d in details)
            {
                yield return Row(columns, new()
                {
                    [Column.Title] = d.Text, [Column.Output] = Lines(d.Outputs), [Column.Lead] = Lines(d.Lead), [Column.Support] = Lines(d.Support), [Column.Time] = d.Schedule.Text,
                }) with { MergeFirstCellWithAbove = true };
            }

            yield break;
        }

        var times = task.Schedule.Text.Split(" | ");
        var funding = (task.Funding ?? "").Split(" | ");
        var occurrences = task.Schedule.Kind == ScheduleKind.Multi && times.Length > 1 ? task.Schedule.Occurrences ?? [] : [];
        var split = occurrences.Count == times.Length && columns.Contains(Column.Activity);
        var laterLabels = split ? occurrences.Skip(1).Select(o => o.Label).ToHashSet(StringComparer.Ordinal) : [];
        var first = new Dictionary<Column, string?>
        {
            [Column.Ref] = number,
            [Column.Objective] = task.Objective,
            [Column.Title] = task.Title,
            [Column.Activity] = Bullets(task.Activities.Where(a => !laterLabels.Contains(a))),
            [Column.Output] = Lines(task.Outputs),
            [Column.Lead] = Lines(task.Lead),
            [Column.Support] = Lines(task.Support),
            [Column.Time] = split ? times[0] : task.Schedule.Text,
            [Column.Funding] = split && funding.Length == times.Length ? funding[0] : task.Funding,
        };
        yield return Row(columns, first);
        for (var i = 1; split && i < occurrences.Count; i++)
        {
            yield return Row(columns, new()
            {
                [Column.Activity] = occurrences[i].Label,
                [Column.Time] = times[i],
                [Column.Funding] = funding.Length == times.Length ? funding[i] : null,
            });
        }
    }

    private static AnnexRow Row(List<Column> columns, Dictionary<Column, string?> values) =>
        new(columns.Select(c => values.TryGetValue(c, out var v) ? v ?? "" : "").ToList());

    private static string Lines(IEnumerable<string> items) => string.Join("; ", items);

    private static string Bullets(IEnumerable<string> items) => string.Join('\n', items.Select(i => "- " + i));
}
