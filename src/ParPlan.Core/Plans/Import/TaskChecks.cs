namespace ParPlan.Core.Plans.Import;

/// <summary>Consistency checks of a task table: stated totals and group counts against the rows found, numbering gaps.</summary>
internal static class TaskChecks
{
    public static void Check(RawTable table, IReadOnlyList<PlanTask> tasks, List<ImportWarning> warnings)
    {
        if (table.StatedTotal is { } total && total != tasks.Count)
        {
            warnings.Add(ImportWarning.Of(ImportWarningCodes.StatedTotal, $"{total}", $"{tasks.Count}"));
        }

        foreach (var group in table.Groups.Where(g => g.StatedCount is not null))
        {
            var found = table.Tasks.Count(t => ReferenceEquals(t.Group, group) || (t.Group.Number == group.Number && t.Group.Letter == group.Letter && t.Group.Heading == group.Heading));
            if (found != group.StatedCount)
            {
                warnings.Add(ImportWarning.Of(ImportWarningCodes.GroupCount, group.Key, $"{group.StatedCount}", $"{found}"));
            }
        }

        var runOn = 0; // numbering may run on across groups: a group's first row follows the last row above
        foreach (var run in table.Tasks.GroupBy(t => t.Group.Key))
        {
            var previous = 0;
            foreach (var task in run)
            {
                if (task.Number > previous + 1 && !(previous == 0 && task.Number == runOn + 1))
                {
                    warnings.Add(ImportWarning.Of(ImportWarningCodes.NumberingGap, $"{previous}", $"{task.Number}").About(task.Group.RefOf(task.Number)));
                }

                previous = task.Number;
            }

            runOn = Math.Max(runOn, previous);
        }

        if (table.Tasks.Count == 0 && table.Columns.Count == 0)
        {
            warnings.Add(ImportWarning.Of(ImportWarningCodes.NoTaskTable));
        }
    }
}
