namespace ParPlan.Features.Plans;

/// <summary>A task as the edit form sends it.</summary>
public sealed record TaskEdit(string? Title, string? AreaCode, string? Outputs, string? ScheduleText, string? Funding);
