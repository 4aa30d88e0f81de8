namespace ParPlan.Core.Reports;

/// <summary>
/// One report to write: a regime's period in one year (or an ad hoc report), with its own data window, its due date at
/// each level, its receiving body and the outline and annex templates chosen for the unit type.
/// </summary>
public sealed record ReportPeriodInstance(
    string RegimeCode,
    string RegimeName,
    string PeriodKey,
    string PeriodCode,
    string Label,
    DataWindow Window,
    IReadOnlyList<LevelDue> Dues,
    string ReceivingBody,
    string OutlineKey,
    string AnnexKey,
    bool AdHoc = false)
{
    /// <summary>The due date at <paramref name="level"/>.</summary>
    public DateOnly DueOn(ReportLevel level) => Dues.First(d => d.Level == level).DueOn;
}
