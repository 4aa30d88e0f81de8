namespace ParPlan.Features.Indicators;

/// <summary>The body of <c>PUT /api/plans/{planId}/indicator-links/{targetId}</c>: an indicator code to confirm, or
/// <see cref="NoIndicator"/> true; <see cref="Version"/> as read (optional) guards against a concurrent change.</summary>
public sealed record LinkTargetRequest(string? IndicatorCode, bool NoIndicator = false, long? Version = null);
