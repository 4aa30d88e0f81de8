namespace ParPlan.Core.Indicators;

/// <summary>Group scores and their sum over the groups that could be estimated.</summary>
public sealed record Decision766Estimate(IReadOnlyList<Decision766GroupScore> Groups)
{
    /// <summary>Sum of the estimated groups.</summary>
    public decimal Points => Groups.Sum(g => g.Points ?? 0);

    /// <summary>Maximum of the estimated groups (100 only when every group could be estimated).</summary>
    public decimal MaxPoints => Groups.Where(g => g.Points is not null).Sum(g => g.MaxPoints);
}
