namespace ParPlan.Features.Plans;

/// <summary>Where a draft came from.</summary>
/// <param name="ParentReference">The plan's "Căn cứ / Thực hiện …" lines, for the parent link proposal.</param>
public sealed record DraftSource(string FileName, string? FileHash, string UserName, DateTimeOffset At, string? ParentReference = null);
