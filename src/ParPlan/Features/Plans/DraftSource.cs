namespace ParPlan.Features.Plans;

/// <summary>Where a draft came from.</summary>
public sealed record DraftSource(string FileName, string? FileHash, string UserName, DateTimeOffset At);
