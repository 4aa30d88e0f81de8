using System.Globalization;

namespace ParPlan.Core.Plans;

/// <summary>The importer's warning codes and their contract (machine) strings. People see <see cref="ImportWarningText"/>.</summary>
public static class ImportWarningCodes
{
    public const string HeaderNumberAndDayBlank = "header.number-and-day-blank";
    public const string HeaderNumberBlank = "header.number-blank";
    public const string HeaderDayBlank = "header.day-blank";
    public const string DuplicateRowNumber = "task.duplicate-row-number";
    public const string NumberingGap = "task.numbering-gap";
    public const string StatedTotal = "plan.stated-total";
    public const string GroupCount = "group.stated-count";
    public const string NoTaskTable = "plan.no-task-table";
    public const string TargetsDisagree = "targets.disagree";
    public const string ScheduleBlank = "schedule.blank";
    public const string ScheduleNotUnderstood = "schedule.not-understood";
    public const string ScheduleFailed = "schedule.failed";
    public const string ImpossibleDate = "schedule.impossible-date";
    public const string ImpossibleDateIn = "schedule.impossible-date-in";
    public const string RangeReversed = "schedule.range-reversed";
    public const string BeforePlanDate = "schedule.before-plan-date";
    public const string BeforePeriod = "schedule.before-period";
    public const string AfterPeriod = "schedule.after-period";

    /// <summary>Every code, for the test that each has a Vietnamese text.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        HeaderNumberAndDayBlank, HeaderNumberBlank, HeaderDayBlank, DuplicateRowNumber, NumberingGap, StatedTotal, GroupCount,
        NoTaskTable, TargetsDisagree, ScheduleBlank, ScheduleNotUnderstood, ScheduleFailed, ImpossibleDate, ImpossibleDateIn,
        RangeReversed, BeforePlanDate, BeforePeriod, AfterPeriod,
    ];

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        [HeaderNumberAndDayBlank] = "header: plan number and issue day are blank ({0})",
        [HeaderNumberBlank] = "header: plan number is blank ({0})",
        [HeaderDayBlank] = "header: issue day is blank ({0})",
        [DuplicateRowNumber] = "duplicate row number {0}",
        [NumberingGap] = "numbering gap ({0}, {1})",
        [StatedTotal] = "stated total {0} tasks, but {1} found",
        [GroupCount] = "group {0}: heading states {1} tasks, but {2} found",
        [NoTaskTable] = "no task table found",
        [TargetsDisagree] = "targets: {0} ({1}) and {2} ({3}) disagree on \"{4}\"",
        [ScheduleBlank] = "schedule cell is blank",
        [ScheduleNotUnderstood] = "schedule not understood: {0}",
        [ScheduleFailed] = "schedule not understood ({1}): {0}",
        [ImpossibleDate] = "impossible date in \"{0}\"",
        [ImpossibleDateIn] = "impossible date {0} in schedule \"{1}\"",
        [RangeReversed] = "range end {0} precedes its start {1} in \"{2}\"",
        [BeforePlanDate] = "deadline {0} precedes the plan date {1}",
        [BeforePeriod] = "deadline {0} falls before the plan period",
        [AfterPeriod] = "deadline {0} falls after the plan period",
    };

    public static string Machine(ImportWarning warning)
    {
        var text = English.TryGetValue(warning.Code, out var template)
            ? string.Format(CultureInfo.InvariantCulture, template, warning.Args.Cast<object>().ToArray())
            : warning.Code;
        return warning.Task is { } task ? $"task {task}: {text}" : text;
    }
}
