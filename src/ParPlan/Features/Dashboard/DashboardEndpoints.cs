using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using ParPlan.Features.Auth;
using ParPlan.Features.Tasks;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Dashboard;

public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", async (Guid? governmentId, string? period, ClaimsPrincipal user, DashboardQueries queries,
                IMemoryCache cache, CancellationToken ct) =>
            {
                var answer = await queries.GetCachedAsync(user, governmentId, period, ct);
                if (answer.Value is not { } result)
                {
                    return Problems.From(answer.Error!);
                }

                // The serialised answer is cached beside the result: the province's dashboard is large and read often.
                var bytes = await cache.GetOrComputeAsync(("dashboard-json", result), BoardGeneration.Snapshot().Expires, TimeSpan.FromMinutes(5),
                    () => Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(result, JsonSerializerOptions.Web)));
                return Results.Bytes(bytes, "application/json");
            })
            .WithTags("Dashboard").RequireAuthorization(Policies.SignedIn).WithName("GetDashboard").Produces<DashboardResult>();
        return app;
    }
}
