namespace ParPlan.Core.Records;

/// <summary>The two Decision 766 ratios of a feedback log (DOMAIN §8), with the raw counts they come from. Rates are % with
/// two decimals, null when <see cref="Total"/> is 0.</summary>
public sealed record FeedbackRates(int Total, int OnTime, int UnsatisfiedOrOverdue, int Open, int OutsideCompetence)
{
    /// <summary>Handled early or on time ÷ feedback within competence.</summary>
    public decimal? OnTimeRate => Total == 0 ? null : Math.Round(100m * OnTime / Total, 2, MidpointRounding.AwayFromZero);

    /// <summary>(total − rated unsatisfied or overdue) ÷ total.</summary>
    public decimal? SatisfactionRate => Total == 0 ? null : Math.Round(100m * (Total - UnsatisfiedOrOverdue) / Total, 2, MidpointRounding.AwayFromZero);
}
