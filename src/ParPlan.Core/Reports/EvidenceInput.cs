namespace ParPlan.Core.Reports;

/// <summary>A document issued as evidence (a directive, a plan, a decision): its number ("15/KH-UBND"), date and title.</summary>
public sealed record EvidenceInput(string Number, DateOnly IssuedOn, string Title);
