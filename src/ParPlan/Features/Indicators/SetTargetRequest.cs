using ParPlan.Core.Plans;

namespace ParPlan.Features.Indicators;

public sealed record SetTargetRequest(Guid GovernmentId, int Year, string IndicatorCode, string Comparator, decimal Value, string Unit,
    GovernmentLevel? Level = null, bool Stretch = false, decimal? Baseline = null, string Text = "", string? PlanReference = null);
