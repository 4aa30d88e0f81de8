namespace ParPlan.Core.Cascade;

/// <summary>Where a lower government stands with the plan it owes (DOMAIN §11.B.13).</summary>
public enum ObligationStatus
{
    Pending,
    Draft,
    Issued,
    IssuedLate,
    Overdue,
}
