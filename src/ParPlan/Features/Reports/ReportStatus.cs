namespace ParPlan.Features.Reports;

/// <summary>Where a report instance stands (contract codes through <see cref="ReportStatusText"/>): a draft is submitted to
/// the receiving standing agency, which accepts it or returns it with a reason (back to editable). A report not yet
/// started is <see cref="NotStarted"/> on the calendar only; no stored instance has it.</summary>
public enum ReportStatus
{
    NotStarted,
    Draft,
    Submitted,
    Returned,
    Accepted,
}
