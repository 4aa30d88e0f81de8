namespace ParPlan.Core.Indicators;

/// <summary>Where a unit's dossiers roll up on a date: <paramref name="Ancestors"/> nearest first, each once; and
/// <paramref name="OutsideDates"/> when a unit of the chain did not exist on that date.</summary>
public sealed record UnitRollUp(IReadOnlyList<string> Ancestors, bool OutsideDates);
