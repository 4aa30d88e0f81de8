namespace ParPlan.Features.Organisation;

public sealed record DatedName(string Name, DateOnly? ValidFrom, DateOnly? ValidTo);
