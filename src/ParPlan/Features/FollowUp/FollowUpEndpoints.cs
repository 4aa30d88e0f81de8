using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.FollowUp;

public sealed record NotificationItem(Guid Id, string Text, string? Link, bool IsRead, DateTimeOffset CreatedAt);

/// <summary><c>/api/follow-up</c> (standing officer's lists), <c>/api/notifications</c>, the calendar link and the
/// token-protected ICS feed <c>/lich/{token}.ics</c>.</summary>
public static class FollowUpEndpoints
{
    public const string CalendarRoute = "/lich/{token}.ics";

    public static IEndpointRouteBuilder MapFollowUpEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/follow-up", async (ClaimsPrincipal user, FollowUpQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListsAsync(user, ct)))
            .WithTags("FollowUp").RequireAuthorization(Policies.ManagePlans).WithName("GetFollowUp");

        var notifications = app.MapGroup("/api/notifications").WithTags("FollowUp").RequireAuthorization(Policies.SignedIn);
        notifications.MapGet("/", async (ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await MineAsync(user, db, ct))).WithName("GetNotifications");
        notifications.MapPost("/{id:guid}/read", async (Guid id, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        {
            var unit = CurrentUser.From(user)?.UnitId;
            var n = await db.Set<Notification>().FirstOrDefaultAsync(x => x.Id == id && x.UnitId == unit, ct);
            if (n is null)
            {
                return Problems.From(Error.NotFound("Không tìm thấy thông báo."));
            }

            n.IsRead = true;
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        }).WithName("MarkNotificationRead").OwnedBy(OwnerKinds.Notification, "id");

        app.MapGet("/api/calendar/link", (ClaimsPrincipal user, UnitCalendar calendar, HttpRequest request) =>
                CurrentUser.From(user)?.UnitId is { } unit
                    ? Results.Ok(new { url = $"{request.Scheme}://{request.Host}/lich/{calendar.TokenFor(unit)}.ics" })
                    : Problems.From(Error.NotFound("Tài khoản chưa gắn với đơn vị.")))
            .WithTags("FollowUp").RequireAuthorization(Policies.SignedIn).WithName("GetCalendarLink");

        // Anonymous on purpose: the unguessable token is the credential (calendar apps cannot log in).
        app.MapGet(CalendarRoute, async (string token, UnitCalendar calendar, CancellationToken ct) =>
                await calendar.IcsAsync(token, ct) is { } ics
                    ? Results.Text(ics, "text/calendar; charset=utf-8")
                    : Results.NotFound())
            .WithTags("FollowUp").AllowAnonymous().WithName("GetUnitCalendar");
        return app;
    }

    public static async Task<List<NotificationItem>> MineAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var me = CurrentUser.From(user);
        if (me?.UnitId is not { } unit)
        {
            return [];
        }

        return await db.Set<Notification>().AsNoTracking()
            .Where(n => n.UnitId == unit && (n.UserId == null || n.UserId == me.Id))
            .OrderByDescending(n => n.CreatedAt).Take(100)
            .Select(n => new NotificationItem(n.Id, n.Text, n.Link, n.IsRead, n.CreatedAt)).ToListAsync(ct);
    }
}
