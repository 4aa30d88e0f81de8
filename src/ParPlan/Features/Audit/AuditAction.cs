using System.Text.Json.Serialization;

namespace ParPlan.Features.Audit;

[JsonConverter(typeof(JsonStringEnumConverter))]
public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}
