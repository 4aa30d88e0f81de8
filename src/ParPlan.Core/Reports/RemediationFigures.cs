namespace ParPlan.Core.Reports;

/// <summary>A report's remediation figures after the PAR INDEX (DOMAIN §7.3; outline I.6) for the plan year of its
/// window, as of the window's end: proposals made, proposals accepted into the plan as tasks, and of those, the tasks
/// finished (<see cref="Proposed"/> ≥ <see cref="Accepted"/> ≥ <see cref="Done"/>).</summary>
public sealed record RemediationFigures(int Proposed, int Accepted, int Done);
