namespace ParPlan.Core.Reports;

/// <summary>A report's initiative figures (DOMAIN §7.6): initiatives proposed on a day of the window, and initiatives
/// recognised by a decision dated in it (<see cref="Records.InitiativeRules.CountRecognised"/>).</summary>
public sealed record InitiativeFigures(int Proposed, int Recognised);
