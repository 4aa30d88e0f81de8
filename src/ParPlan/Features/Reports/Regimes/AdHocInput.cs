namespace ParPlan.Features.Reports.Regimes;

/// <summary>An ad hoc report as typed: subject, data window, due date and receiving body (a date that could not be read
/// is null).</summary>
public sealed record AdHocInput(string? Subject, DateOnly? WindowFrom, DateOnly? WindowTo, DateOnly? DueOn, string? ReceivingBody);
