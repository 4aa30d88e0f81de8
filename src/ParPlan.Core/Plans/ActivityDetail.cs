using ParPlan.Core.Schedules;

namespace ParPlan.Core.Plans;

public sealed record ActivityDetail
{
    public required string Text { get; init; }
    public IReadOnlyList<string> Outputs { get; init; } = [];
    public IReadOnlyList<string> Lead { get; init; } = [];
    public IReadOnlyList<string> Support { get; init; } = [];
    public required Schedule Schedule { get; init; }
}
