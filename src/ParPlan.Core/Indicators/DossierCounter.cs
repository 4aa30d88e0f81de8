namespace ParPlan.Core.Indicators;

/// <summary>
/// Raw counts the engine keeps per (unit, lĩnh vực, month). "Received*" counters are bucketed by the local month
/// of <c>ngay_tiep_nhan</c>, "Finished*" by the month of <c>ngay_hoan_thanh</c>; both add up over the months of a
/// period. The <see cref="IsSnapshot"/> counters (Pending*, Overdue*) are states at the END of a month and are
/// never added up: a period takes the value at the end of its last month, and <see cref="CarriedOver"/> is
/// <see cref="Pending"/> at the end of the month before its first month.
/// Withdrawn dossiers (<c>rut_ho_so</c>) count in Received* but never in Finished*, Overdue* or late counts.
/// </summary>
public enum DossierCounter
{
    Received,
    ReceivedOnline,
    ReceivedOnlineFull,
    ReceivedOnlinePartial,
    ReceivedPostal,
    ReceivedWithFees,
    ReceivedWithFeesPaidOnline,
    ReceivedDigitised,
    ReceivedReused,
    ReceivedWithdrawn,
    ReceivedRefused,
    /// <summary>Received, not withdrawn.</summary>
    ReceivedCountable,
    /// <summary>Received, not withdrawn, finished by its due instant (whenever it finished).</summary>
    ReceivedFinishedOnTime,
    /// <summary>Finished (has <c>ngay_hoan_thanh</c>), not withdrawn.</summary>
    Finished,
    /// <summary>Finished on a local date before the due date.</summary>
    FinishedEarly,
    /// <summary>Finished at or before the due instant (includes early).</summary>
    FinishedOnTime,
    FinishedLate,
    FinishedLateApologised,
    FinishedLateNotApologised,
    FinishedResultDigitised,
    /// <summary>Rated dossiers, by finish month (receipt month when unfinished).</summary>
    Rated,
    /// <summary>Ratings of 4 or 5.</summary>
    RatedSatisfied,
    RatingSum,
    /// <summary>Snapshot: received and not yet finished at the end of the month.</summary>
    Pending,
    /// <summary>Snapshot: pending with the due instant before the end of the month (not withdrawn).</summary>
    Overdue,
    OverdueApologised,
    OverdueNotApologised,
    /// <summary>Period-only: <see cref="Pending"/> at the start of the period.</summary>
    CarriedOver,
}
