using ParPlan.Core.Plans;

namespace ParPlan.Features.Plans;

/// <summary>An import under review: the parsed document as edited so far and the reviewer's unit choices.</summary>
public sealed record PendingImport(Guid Id, Guid GovernmentId, string FileName, PlanDocument Document,
    IReadOnlyDictionary<string, ImportChoice> Choices, Guid? PlanId, long Version);
