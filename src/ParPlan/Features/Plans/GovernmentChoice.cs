namespace ParPlan.Features.Plans;

/// <summary>A government a plan can be imported for (the administrator's choice on the upload form).</summary>
public sealed record GovernmentChoice(Guid Id, string Name);
