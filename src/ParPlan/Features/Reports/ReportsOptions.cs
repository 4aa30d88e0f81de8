namespace ParPlan.Features.Reports;

/// <summary>The <c>Reports</c> settings.</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>Whether the follow-up job also chases reports (reminders 7, 3 and 1 days before the due date, overdue
    /// notices and escalations). On by default.</summary>
    public bool Reminders { get; set; } = true;
}
