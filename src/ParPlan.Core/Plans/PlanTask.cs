using System.Text.Json.Serialization;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Plans;

public sealed record PlanTask
{
    public required string Ref { get; init; }
    public AreaCode? Area { get; init; }
    public required string Title { get; init; }
    public string? Objective { get; init; }
    public IReadOnlyList<string> Activities { get; init; } = [];
    public IReadOnlyList<string> Outputs { get; init; } = [];
    public IReadOnlyList<string> Lead { get; init; } = [];
    public IReadOnlyList<string> Support { get; init; } = [];
    public required Schedule Schedule { get; init; }
    public string? Funding { get; init; }

    /// <summary>Extra field: the cells of each sub-row, for tasks whose table rows carry their own cells.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ActivityDetail>? ActivityDetails { get; init; }
}
