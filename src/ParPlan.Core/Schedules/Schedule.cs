using System.Text.Json.Serialization;

namespace ParPlan.Core.Schedules;

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
