using ParPlan.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Organisation;

/// <summary>JSON read API over the unit tree: <c>GET /api/units?asOf=YYYY-MM-DD[&amp;rootId=]</c> and
/// <c>GET /api/units/{id}?asOf=</c>.</summary>
public static class UnitEndpoints
{
    public sealed record UnitTreeItem(Guid Id, string Code, string Name, UnitKind Kind, UnitLevel Level, Guid? ParentId, int Depth,
        DateOnly? ValidFrom, DateOnly? ValidTo, bool IsStandingAgency);

    public static RouteGroupBuilder MapUnitEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/units").WithTags("Units").RequireAuthorization();
        group.MapGet("/", GetVisibleTreeAsync).WithName("GetUnitTree");
        group.MapGet("/{id:guid}", GetUnitAsync).WithName("GetUnit").RequireUnitScope(ScopeAction.Read).OwnedBy(OwnerKinds.Unit, "id");
        return group;
    }

    /// <summary>The tree limited to the units the user may read (<see cref="IUnitScope"/>).</summary>
    public static async Task<Ok<List<UnitTreeItem>>> GetVisibleTreeAsync(OrgQueries queries, TimeProvider time, DateOnly? asOf, Guid? rootId,
        ClaimsPrincipal user, IUnitScope scope, CancellationToken ct)
    {
        var readable = await scope.ReadableUnitsAsync(user, asOf ?? Today(time), ct);
        var tree = (await GetTreeAsync(queries, time, asOf, rootId, ct)).Value!;
        return TypedResults.Ok(tree.Where(n => readable is null || readable.Contains(n.Id)).ToList());
    }

    public static async Task<Ok<List<UnitTreeItem>>> GetTreeAsync(OrgQueries queries, TimeProvider time, DateOnly? asOf, Guid? rootId, CancellationToken ct)
    {
        var date = asOf ?? Today(time);
        var nodes = await queries.TreeAsync(date, rootId, ct);
        return TypedResults.Ok(nodes.Select(n => new UnitTreeItem(n.Id, n.Code, n.Name, n.Kind, n.Level,
            n.ParentId, n.Depth, n.ValidFrom, n.ValidTo, n.IsStandingAgency)).ToList());
    }

    public static async Task<Results<Ok<UnitDetail>, ProblemHttpResult>> GetUnitAsync(Guid id, OrgQueries queries, TimeProvider time, DateOnly? asOf, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(id, asOf ?? Today(time), ct);
        return detail is null
            ? Problems.From(Error.NotFound("Đơn vị không tồn tại hoặc bạn không có quyền xem.") with { Title = "Không tìm thấy đơn vị" })
            : TypedResults.Ok(detail);
    }

    private static DateOnly Today(TimeProvider time) => VietnamTime.Today(time);
}
