using ParPlan.Data;
using ParPlan.Infrastructure;
namespace ParPlan.Features.Auth;

/// <summary>Endpoint helpers so every feature applies the unit scope with one call.</summary>
public static class ScopeEndpointExtensions
{
    /// <summary>For routes whose <paramref name="routeParameter"/> is a unit id: signed in, and the unit is within the
    /// user's scope for <paramref name="action"/> (404 when not readable, 403 when readable but not allowed).</summary>
    public static TBuilder RequireUnitScope<TBuilder>(this TBuilder builder, ScopeAction action, string routeParameter = "id")
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(Policies.SignedIn);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!Guid.TryParse(http.GetRouteValue(routeParameter)?.ToString(), out var unitId))
            {
                return Problems.From(Error.NotFound("Mã đơn vị không hợp lệ."));
            }

            var scope = http.RequestServices.GetRequiredService<IUnitScope>();
            return await scope.DenyAsync(http.User, action, unitId, ct: http.RequestAborted) is { } denied ? Problems.From(denied) : await next(context);
        });
        return builder;
    }

    /// <summary>Declares the government-owned object the route's parameters name (<see cref="OwnedByAttribute"/>).</summary>
    public static TBuilder OwnedBy<TBuilder>(this TBuilder builder, string kind, params string[] routeParameters)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new OwnedByAttribute(kind, routeParameters));
}
