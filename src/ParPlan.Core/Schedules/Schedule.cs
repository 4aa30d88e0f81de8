using System.Text.Json.Serialization;

namespace ParPlan.Core.Schedules;

public enum ScheduleKind { Date, Period, Ongoing, Recurring, Multi, PerLevel, Conditional, Reference, None }

/// <summary>
/// A deadline cell, interpreted. <see cref="Text"/> always keeps the original cell text (whitespace collapsed);
/// the other fields are set according to <see cref="Kind"/> as the plan-document contract specifies.
/// </summary>
public sealed record Schedule
{
    public required string Text { get; init; }
    public required ScheduleKind Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? From { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? To { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? Due { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Rule { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ScheduleOccurrence>? Occurrences { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LevelDeadline>? PerLevel { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Condition { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reference { get; init; }

    public static Schedule Blank { get; } = new() { Text = "", Kind = ScheduleKind.None };
}

/// <summary>One dated instance of a <c>multi</c> or <c>recurring</c> schedule. <see cref="Due"/> is written even when null.</summary>
public sealed record ScheduleOccurrence
{
    public required string Label { get; init; }
    public DateOnly? Due { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleKind? Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? From { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Condition { get; init; }
}

public sealed record LevelDeadline(Plans.GovernmentLevel Level, string Label, DateOnly? Due);
