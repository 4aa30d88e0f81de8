using System.Text.Json.Serialization;

namespace ParPlan.Core.Plans;

public sealed record PlanTarget
{
    public AreaCode? Area { get; init; }
    public required string Text { get; init; }
    public required string Comparator { get; init; }
    public required decimal Value { get; init; }
    /// <summary>"%", "count", "VND" or a noun as written ("biên chế", "doanh nghiệp").</summary>
    public required string Unit { get; init; }
    public GovernmentLevel? Level { get; init; }
    public bool Stretch { get; init; }

    /// <summary>Extra field: where in the document the target was read ("body II.3", "task 3.4").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>Extra field: the baseline year of a <c>reduce-by</c> target ("giảm 10% so với năm 2021").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? BaselineYear { get; init; }
}
