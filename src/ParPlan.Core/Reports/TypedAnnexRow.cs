namespace ParPlan.Core.Reports;

/// <summary>
/// A row of the statistical annex that ParPlan cannot compute from its own data (units inspected, documents signed
/// digitally, people trained …): its code, area, label and unit come from the annex template, the officer types the
/// value (and a note). The report keeps these rows with its sections and freezes them at submission like its figures.
/// </summary>
public sealed record TypedAnnexRow(string Code, string Area, string Label, string Unit, decimal? Value = null, string? Note = null);
