using System.Text.Json.Serialization;

namespace ParPlan.Features.Plans;

/// <summary>Draft → Issued → Revised (any number of times) → Closed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum PlanStatus
{
    Draft,
    Issued,
    Revised,
    Closed,
}
