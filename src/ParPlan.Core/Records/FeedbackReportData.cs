using ParPlan.Core.Labels;

namespace ParPlan.Core.Records;

/// <summary>The figures of a government's annual feedback report (D2 2.6, DOMAIN §7.7), over the feedback it received in
/// <see cref="Year"/>, judged on <see cref="AsOf"/> (the year's last day, or today while the year runs):
/// <list type="bullet">
/// <item>received, in all and by channel (feedback outside competence included: it was received, then forwarded);</item>
/// <item>of those within competence: handled (resolved), handled on time (on or before the due date), overdue (resolved
/// late, or open past the due date), pending (not resolved yet);</item>
/// <item>the two Decision 766 ratios (<see cref="FeedbackRatios"/>) and the handled ones whose outcome was published;</item>
/// <item>the overdue feedback, oldest first.</item>
/// </list></summary>
public sealed record FeedbackReportData(string GovernmentName, int Year, DateOnly AsOf, IReadOnlyList<FeedbackReportItem> Items)
{
    public int Received => Items.Count;

    /// <summary>Each channel that received feedback, in the channel list's order, with its count.</summary>
    public IReadOnlyList<(string Channel, int Count)> ByChannel =>
        FeedbackChannelLabels.Codes.Concat(Items.Select(i => i.Channel).Where(c => !FeedbackChannelLabels.IsKnown(c)).Distinct())
            .Select(c => (c, Items.Count(i => i.Channel == c))).Where(x => x.Item2 > 0).ToList();

    public FeedbackRates Rates => FeedbackRatios.Compute(Items.Select(i => i.Case), AsOf);

    public int WithinCompetence => Items.Count(i => i.WithinCompetence);

    public int Handled => Items.Count(i => i.WithinCompetence && i.ResolvedOn is not null);

    public int OnTime => Rates.OnTime;

    public int Pending => Rates.Open;

    public int Published => Items.Count(i => i.WithinCompetence && i.ResolvedOn is not null && i.Published);

    public IReadOnlyList<FeedbackReportItem> OverdueItems =>
        Items.Where(i => i.WithinCompetence && FeedbackRatios.IsOverdue(i.DueOn, i.ResolvedOn, AsOf)).OrderBy(i => i.ReceivedOn).ThenBy(i => i.Number, StringComparer.Ordinal).ToList();

    public int Overdue => OverdueItems.Count;
}
