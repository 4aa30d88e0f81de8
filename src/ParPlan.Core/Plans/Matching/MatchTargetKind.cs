namespace ParPlan.Core.Plans.Matching;

/// <summary>What a plan's unit name may resolve to.</summary>
public enum MatchTargetKind
{
    Unit,

    /// <summary>A class that fans out to its members at the plan date.</summary>
    Group,

    /// <summary>An open class ("Các phòng ban liên quan"): no automatic units; the standing officer picks.</summary>
    OpenGroup,
}
