namespace ParPlan.Core.Tasks;

/// <summary>A recorded trigger event of a conditional task: when it happened and, optionally, the deadline the standing officer set.</summary>
public sealed record TriggerRecord(DateOnly OccurredOn, DateOnly? DueSet = null, int? SpanDays = null);
