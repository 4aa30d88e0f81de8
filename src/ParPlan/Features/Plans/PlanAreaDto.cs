namespace ParPlan.Features.Plans;

/// <summary>An area of a plan (contract code, heading, stated task count).</summary>
public sealed record PlanAreaDto(string Code, string Heading, int? StatedTaskCount);
