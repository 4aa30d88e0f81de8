using ParPlan.Core.Labels;

namespace ParPlan.Core.Records;

/// <summary>The Decision 766 feedback ratios (satisfaction group, DOMAIN §8), computed from the log:
/// <list type="bullet">
/// <item>on-time handling = feedback handled early or on time (resolved on or before its due date) ÷ feedback within
/// competence;</item>
/// <item>satisfaction with handling = (total − feedback rated unsatisfied or overdue) ÷ total, where total is the feedback
/// within competence and overdue means resolved after the due date, or still open past it on <c>asOf</c>. A feedback both
/// unsatisfied and overdue counts once.</item>
/// </list>
/// Feedback outside the government's competence (forwarded elsewhere) is left out of both and counted apart. The caller
/// chooses which feedback belongs to the period (those received in it).</summary>
public static class FeedbackRatios
{
    public static FeedbackRates Compute(IEnumerable<FeedbackCase> cases, DateOnly asOf)
    {
        int total = 0, onTime = 0, bad = 0, open = 0, outside = 0;
        foreach (var c in cases)
        {
            if (!c.WithinCompetence)
            {
                outside++;
                continue;
            }

            total++;
            if (c.ResolvedOn is null) open++;
            var handledOnTime = c.ResolvedOn is { } r && r <= c.DueOn;
            if (handledOnTime) onTime++;
            var overdue = c.ResolvedOn is { } resolved ? resolved > c.DueOn : asOf > c.DueOn;
            if (overdue || c.Satisfaction == FeedbackSatisfactionLabels.Unsatisfied) bad++;
        }

        return new FeedbackRates(total, onTime, bad, open, outside);
    }

    /// <summary>Whether one feedback is overdue on <paramref name="asOf"/>: resolved after its due date, or open past it.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly? resolvedOn, DateOnly asOf) => resolvedOn is { } r ? r > dueOn : asOf > dueOn;
}
