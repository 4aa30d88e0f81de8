namespace ParPlan.Features.Audit;

public sealed record AuditFilter(string? EntityType = null, string? EntityKey = null, string? UserName = null, DateOnly? From = null, DateOnly? To = null, int Page = 1)
{
    public const int PageSize = 50;
}
