namespace ParPlan.Features.Indicators;

/// <summary>One plan target with its link to the catalogue: the confirmed indicator (or "no indicator") and the
/// matcher's suggestion from the wording, with the indicators that apply to the target's level.</summary>
public sealed record PlanTargetLinkDto(Guid TargetId, string Text, string Comparator, decimal Value, string Unit, string Level, bool Stretch,
    string Status, string? IndicatorCode, string? IndicatorName, string? SuggestedCode, string? SuggestedName, IReadOnlyList<string> Matched,
    IReadOnlyList<IndicatorChoice> Choices, long Version);
