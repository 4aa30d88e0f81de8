namespace ParPlan.Core.Records;

/// <summary>One feedback of the year as the annual report reads it: the channel code, the handling unit's name, the dates
/// and whether its outcome was published.</summary>
public sealed record FeedbackReportItem(string Number, string Channel, DateOnly ReceivedOn, string Content, string HandlerUnit, DateOnly DueOn,
    bool WithinCompetence, DateOnly? ResolvedOn, bool Published, string? Satisfaction)
{
    public FeedbackCase Case => new(ReceivedOn, DueOn, WithinCompetence, ResolvedOn, Satisfaction);
}
