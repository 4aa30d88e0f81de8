using System.Security.Claims;

namespace ParPlan.Features.Audit;

/// <summary>Answers who is acting now: the signed-in web user, or the actor a CLI verb or a seeder declared
/// with <see cref="Begin"/>, or "hệ thống".</summary>
public sealed class AuditActor(IHttpContextAccessor http)
{
    public const string SystemName = "hệ thống";

    private static readonly AsyncLocal<AuditActorInfo?> Ambient = new();

    public AuditActorInfo Current
    {
        get
        {
            if (Ambient.Value is { } declared)
            {
                return declared;
            }

            var user = http.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated == true)
            {
                var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
                var name = user.Identity.Name ?? user.FindFirstValue(ClaimTypes.Name) ?? id ?? "?";
                return new AuditActorInfo(id, name);
            }

            return new AuditActorInfo(null, SystemName);
        }
    }

    /// <summary>Declares the actor for the current async flow (CLI verb, seeder, background job) until disposed.</summary>
    public static IDisposable Begin(string userName, string? userId = null)
    {
        var previous = Ambient.Value;
        Ambient.Value = new AuditActorInfo(userId, userName);
        return new Restore(previous);
    }

    private sealed class Restore(AuditActorInfo? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
