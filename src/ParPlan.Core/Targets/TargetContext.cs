using ParPlan.Core.Plans;

namespace ParPlan.Core.Targets;

/// <summary>
/// Where a sentence comes from: the area of its section (null outside an area section), a source note copied to
/// <see cref="PlanTarget.Source"/> ("body II.3", "task 3.4"), and the plan year.
/// </summary>
public sealed record TargetContext(AreaCode? AreaHint, string Source, int PlanYear);
