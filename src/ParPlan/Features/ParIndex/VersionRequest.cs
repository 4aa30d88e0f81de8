namespace ParPlan.Features.ParIndex;

/// <summary>A step that only needs the version the user saw (submit, finalise, close a round).</summary>
public sealed record VersionRequest(long Version);
