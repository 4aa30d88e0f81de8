namespace ParPlan.Features.Organisation;

public sealed record AddGroupMemberRequest(Guid GroupId, Guid UnitId, DateOnly? ValidFrom = null, DateOnly? ValidTo = null);
