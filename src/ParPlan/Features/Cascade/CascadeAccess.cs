using System.Security.Claims;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Cascade;

/// <summary>Who sees what of a plan's cascade. The plan's own government (and the province above it) sees every line;
/// a lower government reading the plan from below sees only its own line. A child plan is created by an officer who
/// may write for that government: a commune asking for a sister commune gets the same 404 as for nothing.</summary>
public sealed class CascadeAccess(PlanAccess plans)
{
    /// <summary>Null when the user may read the plan's cascade; the government whose line alone they see, if any.</summary>
    public async Task<(Error? Denied, Guid? OnlyGovernment)> ReadAsync(ClaimsPrincipal user, Guid planId, Guid planGovernment, CancellationToken ct = default)
    {
        if (await plans.DenyAsync(user, planId, write: false, ct) is { } denied)
        {
            return (denied, null);
        }

        return await plans.CanReadAsync(user, planGovernment, ct) ? (null, null) : (null, await plans.OwnGovernmentAsync(user, ct));
    }

    /// <summary>Null when the user may build <paramref name="governmentId"/>'s child plan from the (readable) parent.</summary>
    public async Task<Error?> CreateChildAsync(ClaimsPrincipal user, Guid parentPlanId, Guid governmentId, CancellationToken ct = default)
    {
        if (await plans.DenyAsync(user, parentPlanId, write: false, ct) is { } denied)
        {
            return denied;
        }

        if (!await plans.CanReadAsync(user, governmentId, ct))
        {
            return Error.NotFound("Không tìm thấy chính quyền trong phạm vi của bạn.");
        }

        return await plans.CanWriteAsync(user, governmentId, ct) ? null : PlanAccess.ReadOnly();
    }

    public Task<Error?> WriteAsync(ClaimsPrincipal user, Guid planId, CancellationToken ct = default) => plans.DenyAsync(user, planId, write: true, ct);

    public Task<IReadOnlyList<Guid>> UpperAsync(ClaimsPrincipal user, CancellationToken ct = default) => plans.UpperGovernmentsAsync(user, ct);
}
