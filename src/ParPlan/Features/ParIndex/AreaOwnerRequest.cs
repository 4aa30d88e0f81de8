namespace ParPlan.Features.ParIndex;

/// <summary><c>PUT /api/par/area-owners</c>: which unit of a government scores an area's criteria.</summary>
public sealed record AreaOwnerRequest(Guid GovernmentId, string Area, Guid UnitId);
