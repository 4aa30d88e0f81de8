namespace ParPlan.Core.Tasks;

/// <summary>An all-day calendar entry.</summary>
public sealed record IcsEvent(string Uid, DateOnly Date, string Summary, string? Description = null, string? Url = null);
