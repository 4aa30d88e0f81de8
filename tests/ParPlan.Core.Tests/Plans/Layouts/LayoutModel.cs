using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans.Layouts;

/// <summary>One table row of a generated task: the cells a sub-row prints.</summary>
public sealed record LayoutSubRow(string Title, string Activity, IReadOnlyList<string> Outputs, IReadOnlyList<string> Lead,
    IReadOnlyList<string> Support, Schedule Schedule, string? Funding);

/// <summary>One TT of a generated table: its number, objective, sub-rows, and the task the importer must read back.</summary>
public sealed record LayoutTask(string Number, string? Objective, IReadOnlyList<LayoutSubRow> SubRows, bool TitleRow, PlanTask Expected);

/// <summary>A group heading row (Roman area or lettered sub-group) and its tasks.</summary>
public sealed record LayoutGroup(string Heading, bool IsLetter, IReadOnlyList<LayoutTask> Tasks);

/// <summary>
/// The gold plan rearranged for a <see cref="PlanLayout"/>: grouped into TT rows with sub-rows, lettered sub-groups, and
/// the plan the importer must read back (refs renumbered, a grouped TT's lead the ordered union of its sub-rows, its
/// schedule the one schedule when all sub-rows agree (same text, or the same single window in other words), otherwise <c>multi</c> with one occurrence per sub-row).
/// </summary>
public static class LayoutModel
{
    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    public static (IReadOnlyList<LayoutGroup> Groups, PlanDocument Expected) Arrange(PlanDocument gold, PlanLayout layout)
    {
        var groups = new List<LayoutGroup>();
        var expected = new List<PlanTask>();
        foreach (var areaTasks in gold.Tasks.GroupBy(t => t.Ref.Split('.')[0]))
        {
            var g = int.Parse(areaTasks.Key, System.Globalization.CultureInfo.InvariantCulture);
            var first = areaTasks.First();
            var heading = gold.Areas.FirstOrDefault(a => a.Code == first.Area)?.Heading ?? $"{Romans[g - 1]} NHÓM {g}";
            var tasks = areaTasks.ToList();
            var parts = layout.Lettered && tasks.Count >= 4 ? [tasks[..(tasks.Count / 2)], tasks[(tasks.Count / 2)..]] : new List<List<PlanTask>> { tasks };
            groups.Add(new LayoutGroup(heading, false, []));
            for (var p = 0; p < parts.Count; p++)
            {
                var letter = parts.Count > 1 ? ((char)('A' + p)).ToString() : null;
                var prefix = letter is null ? $"{g}" : $"{g}.{letter}";
                var laid = Lay(parts[p], prefix, layout.GroupSubRows);
                expected.AddRange(laid.Select(t => t.Expected));
                if (letter is null)
                {
                    groups[^1] = groups[^1] with { Tasks = laid };
                }
                else
                {
                    groups.Add(new LayoutGroup($"{letter}. {(p == 0 ? "NHIỆM VỤ TRỌNG TÂM" : "NHIỆM VỤ THƯỜNG XUYÊN")}", true, laid));
                }
            }
        }

        return (groups, gold with { Tasks = expected });
    }

    private static List<LayoutTask> Lay(List<PlanTask> tasks, string prefix, bool group)
    {
        var result = new List<LayoutTask>();
        var i = 0;
        while (i < tasks.Count)
        {
            var number = (result.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var reference = $"{prefix}.{number}";
            var task = tasks[i];
            if (task.ActivityDetails is { Count: > 0 } details)
            {
                var subs = details.Select(d => new LayoutSubRow(d.Text, "", d.Outputs, d.Lead, d.Support, d.Schedule, null)).ToList();
                result.Add(new LayoutTask(number, task.Objective, subs, TitleRow: true, task with { Ref = reference }));
                i++;
                continue;
            }

            // Group two or three consecutive tasks (alternately) when the layout asks for the framework's sub-rows.
            var take = group ? Math.Min(result.Count % 2 == 0 ? 2 : 3, tasks.Count - i) : 1;
            var run = tasks.Skip(i).Take(take).TakeWhile(t => t.ActivityDetails is not { Count: > 0 }).ToList();
            i += run.Count;
            var rows = run.Select(t => new LayoutSubRow(t.Title, string.Join("\n", t.Activities), t.Outputs, t.Lead, t.Support, t.Schedule, t.Funding)).ToList();
            var expected = run.Count == 1 ? task with { Ref = reference } : Combine(run, reference);
            result.Add(new LayoutTask(number, task.Objective, rows, TitleRow: false, expected));
        }

        return result;
    }

    private static PlanTask Combine(List<PlanTask> run, string reference)
    {
        var schedules = run.Select(t => t.Schedule).ToList();
        var schedule = schedules.All(s => s.Text == schedules[0].Text || (s.Kind is ScheduleKind.Date or ScheduleKind.Period or ScheduleKind.Ongoing
                                                                       && GoldScore.ScheduleKey(s) == GoldScore.ScheduleKey(schedules[0])))
            ? schedules[0]
            : new Schedule
            {
                Text = string.Join(" | ", schedules.Select(s => s.Text)),
                Kind = ScheduleKind.Multi,
                Occurrences = run.Select(t => new ScheduleOccurrence { Label = t.Title, Text = t.Schedule.Text, Due = DueOf(t.Schedule) }).ToList(),
            };
        return run[0] with
        {
            Ref = reference,
            Activities = run.SelectMany((t, k) => (k == 0 ? [] : new[] { t.Title }).Concat(t.Activities)).ToList(),
            Outputs = Union(run.Select(t => t.Outputs)),
            Lead = Union(run.Select(t => t.Lead)),
            Support = Union(run.Select(t => t.Support)),
            Schedule = schedule,
        };
    }

    /// <summary>The one deadline a schedule names, as a sub-row occurrence: a date's or window's due, a series' last.</summary>
    private static DateOnly? DueOf(Schedule s) => s.Kind switch
    {
        ScheduleKind.Date or ScheduleKind.Period => s.Due,
        ScheduleKind.Multi or ScheduleKind.Recurring => s.Occurrences?.Select(o => o.Due).LastOrDefault(d => d is not null),
        ScheduleKind.PerLevel => s.PerLevel?.Select(l => l.Due).Where(d => d is not null).Max(),
        _ => null,
    };

    private static List<string> Union(IEnumerable<IReadOnlyList<string>> lists)
    {
        var result = new List<string>();
        foreach (var item in lists.SelectMany(l => l))
        {
            if (!result.Any(x => GoldScore.Fold(x) == GoldScore.Fold(item)))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
