namespace ParPlan.Features.Organisation;

public sealed record DesignateStandingAgencyRequest(Guid GovernmentId, Guid AgencyId, DateOnly? ValidFrom, string? Basis = null);
