namespace ParPlan.Core.Indicators;

/// <summary>The dossiers of a period counted through the chain their unit had when it was created (or when it ended),
/// per unit that counted them (the unit and every ancestor), and in all (<see cref="IndicatorEngine.OutsideUnitDates"/>).</summary>
public sealed record OutsideDates(IReadOnlyDictionary<string, OutsideDatesCount> ByUnit, OutsideDatesCount Total);
