using System.Security.Claims;
using ParPlan.Features.Auth;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Dashboard;

public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", async (Guid? governmentId, string? period, ClaimsPrincipal user, DashboardQueries queries, CancellationToken ct) =>
            {
                var (result, failure) = await queries.GetCachedAsync(user, governmentId, period, ct);
                return failure is null ? Results.Ok(result) : TaskEndpoints.Problem(failure);
            })
            .WithTags("Dashboard").RequireAuthorization(Policies.SignedIn).WithName("GetDashboard");
        return app;
    }
}
