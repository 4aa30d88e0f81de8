using System.Text.Json.Serialization;

namespace ParPlan.Features.Plans;

[JsonConverter(typeof(JsonStringEnumConverter))]
public enum AssignmentRole
{
    /// <summary>Chủ trì.</summary>
    Lead,

    /// <summary>Phối hợp.</summary>
    Support,
}
