namespace ParPlan.Features.ParIndex;

/// <summary>A criteria set version as <c>GET /api/par/criteria-sets</c> lists it (plus a few fields pages need).</summary>
public sealed record ParSetSummary(Guid Id, string Name, string Issuer, int Year, string Block, int Version,
    DateOnly EffectiveFrom, DateOnly SelfAssessmentLockOn, bool Example, bool Superseded);
