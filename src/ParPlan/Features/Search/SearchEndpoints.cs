using System.Security.Claims;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Search;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async (string? q, ClaimsPrincipal user, SearchQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.SearchAsync(user, q, ct)))
            .WithTags("Search").RequireAuthorization(Policies.SignedIn).WithName("Search");
        return app;
    }
}
