namespace ParPlan.Features.Indicators;

public sealed record SetActualRequest(Guid UnitId, string Period, string IndicatorCode, decimal Value, string SourceNote);
