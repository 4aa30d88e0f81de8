namespace ParPlan.Core.Reports;

/// <summary>The last day a report may be sent at one level. <see cref="Stated"/> is false when the regime states no date
/// for this level: it then takes the date of the nearest level above (a step is never due after the step it feeds), or,
/// above the highest stated level, the date of the nearest level below.</summary>
public sealed record LevelDue(ReportLevel Level, DateOnly DueOn, string Text, bool Stated);
