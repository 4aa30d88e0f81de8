namespace ParPlan.Features.Plans;

/// <summary>A target of a plan as the API and pages read it.</summary>
public sealed record PlanTargetDto(Guid Id, string? Area, string Text, string Comparator, decimal Value, string Unit, string? Level, bool Stretch,
    string? Source, int? BaselineYear, string? IndicatorCode);
