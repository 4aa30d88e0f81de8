namespace ParPlan.Core.Records;

/// <summary>One feedback (phản ánh, kiến nghị) as the Decision 766 ratios read it: when it was received and due, whether it
/// falls within the government's competence, when it was resolved (null while open) and the sender's satisfaction code
/// (<see cref="Labels.FeedbackSatisfactionLabels"/>, null when not rated).</summary>
public sealed record FeedbackCase(DateOnly ReceivedOn, DateOnly DueOn, bool WithinCompetence, DateOnly? ResolvedOn, string? Satisfaction);
