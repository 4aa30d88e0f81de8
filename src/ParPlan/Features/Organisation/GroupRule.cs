using System.Text.Json.Serialization;

namespace ParPlan.Features.Organisation;

[JsonConverter(typeof(JsonStringEnumConverter))]
public enum GroupRule
{
    /// <summary>Members are listed (dated) in <see cref="UnitGroupMember"/>.</summary>
    Explicit,

    /// <summary>Every unit of one of <see cref="UnitGroup.MemberKinds"/> directly below the government on the date
    /// (or anywhere below it, with <see cref="UnitGroup.IncludeDescendants"/>).</summary>
    KindsUnderGovernment,

    /// <summary>"Các phòng ban liên quan": an open class with no automatic members; the standing agency picks.</summary>
    Open,
}
