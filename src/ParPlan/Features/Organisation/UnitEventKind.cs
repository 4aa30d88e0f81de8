using System.Text.Json.Serialization;

namespace ParPlan.Features.Organisation;

[JsonConverter(typeof(JsonStringEnumConverter))]
public enum UnitEventKind
{
    Established,
    Renamed,
    Reparented,

    /// <summary>This unit absorbed predecessors (it is the successor).</summary>
    MergedFrom,

    /// <summary>This unit was merged into a successor and ended.</summary>
    MergedInto,
    Abolished,

    /// <summary>This ended unit's duties were taken over by another unit (<see cref="UnitSuccession"/>).</summary>
    TakenOverBy,
}
