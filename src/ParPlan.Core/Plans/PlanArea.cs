namespace ParPlan.Core.Plans;

public sealed record PlanArea(AreaCode Code, string Heading, int? StatedTaskCount);
