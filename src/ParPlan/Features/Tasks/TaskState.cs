namespace ParPlan.Features.Tasks;

/// <summary>The task's state as a conflict answer shows it.</summary>
public sealed record TaskState(Guid Id, string Status, int Percent, long Version, string? LastNote, string? LastBy, DateTimeOffset? LastAt);
