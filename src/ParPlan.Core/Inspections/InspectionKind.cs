namespace ParPlan.Core.Inspections;

/// <summary>What kind of inspection a plan is (DOMAIN §7.4): the year's planned CCHC inspection, an unscheduled one
/// ("đột xuất", D0 V.5), or a commune's self-inspection ("Tự kiểm tra công tác CCHC", D3 I.5).</summary>
public enum InspectionKind
{
    Planned,
    Unscheduled,
    SelfInspection,
}
