using System.Text.Json;

namespace ParPlan.Features.Plans;

/// <summary>A task of a plan as the API and pages read it (contract fields plus progress and version).</summary>
public sealed record PlanTaskDto(Guid Id, string Ref, string? Area, string Title, string? Objective, IReadOnlyList<string> Activities,
    IReadOnlyList<string> Outputs, IReadOnlyList<string> Lead, IReadOnlyList<string> Support, JsonElement Schedule, string? Funding,
    IReadOnlyList<Guid> LeadUnitIds, IReadOnlyList<Guid> SupportUnitIds, string Status, int Percent, DateOnly? DueDate, long Version,
    Guid? ParentTaskId = null);
