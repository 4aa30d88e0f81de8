namespace ParPlan.Core.Schedules;

public sealed record LevelDeadline(Plans.GovernmentLevel Level, string Label, DateOnly? Due);
