using ParPlan.Core.Labels;

namespace ParPlan.Core.Records;

/// <summary>The status of an issue raised at a dialogue on a given day (Vietnam's today, from the injected clock): open
/// until closed, overdue once the day is past its due date while still open; closed on or before the due date, or
/// "closed late" after it. Codes of <see cref="DialogueIssueStatusLabels"/>.</summary>
public static class DialogueIssueStatus
{
    public static string Of(DateOnly dueOn, DateOnly? closedOn, DateOnly today) => closedOn is { } closed
        ? closed > dueOn ? DialogueIssueStatusLabels.ClosedLate : DialogueIssueStatusLabels.Closed
        : today > dueOn ? DialogueIssueStatusLabels.Overdue : DialogueIssueStatusLabels.Open;

    public static bool IsClosed(string status) => status is DialogueIssueStatusLabels.Closed or DialogueIssueStatusLabels.ClosedLate;
}
