namespace ParPlan.Features.Tasks;

public sealed record ProgressItem(Guid Id, Guid UnitId, string UnitName, string Status, int Percent, string? Note, string? Period,
    string CreatedBy, DateTimeOffset CreatedAt);
