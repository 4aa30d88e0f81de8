namespace ParPlan.Core.Cascade;

/// <summary>The status of a cascade obligation on a given day: no child plan yet is pending, a child still in draft is
/// a draft, both turn overdue the day after the due date; an issued child plan is on time when issued on or before the
/// due date, else issued late.</summary>
public static class ObligationRules
{
    /// <param name="childIssuedOn">The child plan's issue date; null while it is a draft or when there is none.</param>
    public static ObligationStatus Status(DateOnly dueOn, bool hasChild, DateOnly? childIssuedOn, DateOnly today) => childIssuedOn switch
    {
        { } issued => issued <= dueOn ? ObligationStatus.Issued : ObligationStatus.IssuedLate,
        null when today > dueOn => ObligationStatus.Overdue,
        null => hasChild ? ObligationStatus.Draft : ObligationStatus.Pending,
    };

    /// <summary>Days past the due date: at issuance for an issued plan, today for one still owed; 0 when on time.</summary>
    public static int DaysLate(DateOnly dueOn, DateOnly? childIssuedOn, DateOnly today) =>
        Math.Max(0, (childIssuedOn ?? today).DayNumber - dueOn.DayNumber);

    public static string Code(ObligationStatus status) => status switch
    {
        ObligationStatus.Pending => "pending",
        ObligationStatus.Draft => "draft",
        ObligationStatus.Issued => "issued",
        ObligationStatus.IssuedLate => "issued-late",
        _ => "overdue",
    };

    /// <summary>True when the government still owes its plan (reminders and escalation apply).</summary>
    public static bool IsOpen(ObligationStatus status) => status is ObligationStatus.Pending or ObligationStatus.Draft or ObligationStatus.Overdue;
}
