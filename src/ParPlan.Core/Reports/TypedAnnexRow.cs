namespace ParPlan.Core.Reports;

/// <summary>
/// A row of the statistical annex: its code, area, label and unit come from the annex template, the officer types the
/// value (and a note). Where ParPlan holds the data behind a row (inspections, the feedback log, dialogues, initiatives,
/// PAR INDEX remediation …) the row is filled from the store while the report is live and marked
/// <see cref="Computed"/>; a value the officer types replaces it. The report keeps these rows with its sections and
/// freezes them at submission like its figures.
/// </summary>
public sealed record TypedAnnexRow(string Code, string Area, string Label, string Unit, decimal? Value = null, string? Note = null, bool Computed = false);
