namespace ParPlan.Features.ParIndex;

/// <summary>A computed self-score proposal and how it was computed (null points: no data, only the note).</summary>
public sealed record ParProposal(decimal? Points, string Note);
