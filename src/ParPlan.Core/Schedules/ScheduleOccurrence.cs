using System.Text.Json.Serialization;

namespace ParPlan.Core.Schedules;

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
