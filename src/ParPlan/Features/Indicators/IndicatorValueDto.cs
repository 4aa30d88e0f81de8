namespace ParPlan.Features.Indicators;

/// <summary>One value as <c>GET /api/indicators</c> returns it (http-api.md).</summary>
public sealed record IndicatorValueDto(string Code, Guid UnitId, string UnitCode, string Period, long Numerator, long? Denominator, decimal? Value);
