namespace ParPlan.Features.Plans;

public sealed record VersionBody(long? Version);
