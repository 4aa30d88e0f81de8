namespace ParPlan.Features.Indicators;

/// <summary>A stored value of a year as <see cref="IndicatorValueChanges"/> compares it: its id, key and numbers, the
/// value as <see cref="IndicatorValueChanges.ValueText"/> writes it.</summary>
internal sealed record StoredValueRow(long Id, string Period, string Code, string Unit, string Field, long Num, long? Den, string? ValueText);
