using System.Text.Json.Serialization;

namespace ParPlan.Features.Organisation;

/// <summary>The administrative level (contract <c>level</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum UnitLevel
{
    National,
    Province,
    District,
    Commune,
    Agency,
}
