namespace ParPlan.Features.Organisation;

/// <summary>A government and its standing agencies over time.</summary>
public sealed record StandingView(Guid GovernmentId, string GovernmentCode, string GovernmentName, DateOnly? ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<DatedLink> Agencies);
