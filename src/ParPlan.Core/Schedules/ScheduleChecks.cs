using ParPlan.Core.Plans;
namespace ParPlan.Core.Schedules;

/// <summary>Plausibility warnings on a parsed schedule: deadlines outside the plan period or before the plan was issued.</summary>
internal static class ScheduleChecks
{
    public static IEnumerable<ImportWarning> Check(Schedule schedule, ScheduleContext context)
    {
        var period = context.EffectivePeriod;
        foreach (var (label, due) in Deadlines(schedule))
        {
            if (context.IssuedOn is { } issued && due < issued)
            {
                yield return ImportWarning.Of(ImportWarningCodes.BeforePlanDate, label, $"{issued:yyyy-MM-dd}");
            }
            else if (due < period.From)
            {
                yield return ImportWarning.Of(ImportWarningCodes.BeforePeriod, $"{due:yyyy-MM-dd}");
            }

            if (due > period.To)
            {
                yield return ImportWarning.Of(ImportWarningCodes.AfterPeriod, $"{due:yyyy-MM-dd}");
            }
        }
    }

    private static IEnumerable<(string Label, DateOnly Due)> Deadlines(Schedule s)
    {
        switch (s.Kind)
        {
            case ScheduleKind.Date or ScheduleKind.Period when s.Due is { } due:
                yield return (s.Text, due);
                break;
            case ScheduleKind.Multi when s.Occurrences is not null:
                foreach (var o in s.Occurrences.Where(o => o.Due is not null))
                {
                    yield return (o.Text ?? o.Label, o.Due!.Value);
                }

                break;
            case ScheduleKind.PerLevel when s.PerLevel is not null:
                foreach (var l in s.PerLevel.Where(l => l.Due is not null))
                {
                    yield return ($"{l.Label} {l.Due:yyyy-MM-dd}", l.Due!.Value);
                }

                break;
        }
    }
}
