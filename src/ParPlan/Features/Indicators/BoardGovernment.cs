namespace ParPlan.Features.Indicators;

/// <summary>A government the board can show.</summary>
public sealed record BoardGovernment(Guid Id, string Name);
