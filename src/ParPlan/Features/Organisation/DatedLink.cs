namespace ParPlan.Features.Organisation;

public sealed record DatedLink(Guid UnitId, string Code, string Name, DateOnly? ValidFrom, DateOnly? ValidTo);
