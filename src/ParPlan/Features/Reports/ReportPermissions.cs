namespace ParPlan.Features.Reports;

/// <summary>What the reader may do with a report now: edit and submit it (its own unit, while a draft or returned),
/// accept or return it (the receiving standing agency, once submitted), withdraw an acceptance (the same level), waive a
/// child (the government's own report, while editable).</summary>
public sealed record ReportPermissions(bool Edit, bool Submit, bool Review, bool Unaccept, bool Waive)
{
    public static ReportPermissions None { get; } = new(false, false, false, false, false);
}
