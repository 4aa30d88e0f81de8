using ParPlan.Core.Plans;

namespace ParPlan.Core.Schedules;

/// <summary>A parsed cell and the plain-English warnings it raised (without a "task x.y:" prefix).</summary>
public sealed record ScheduleResult(Schedule Schedule, IReadOnlyList<ImportWarning> Notices)
{
    /// <summary>The warnings' contract strings.</summary>
    public IReadOnlyList<string> Warnings => Notices.Select(n => n.Machine).ToList();
}
