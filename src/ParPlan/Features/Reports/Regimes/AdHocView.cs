namespace ParPlan.Features.Reports.Regimes;

/// <summary>An ad hoc report as the regimes page lists it.</summary>
public sealed record AdHocView(Guid Id, string Code, string Subject, DateOnly WindowFrom, DateOnly WindowTo, DateOnly DueOn, string ReceivingBody, long Version);
