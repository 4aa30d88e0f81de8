using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Inspections;

/// <summary>Who may read and change an inspection plan: the same rule as the government's plans (<see cref="PlanAccess"/>).
/// Its government's officers and leaders, and the province above, read it; its standing officers (and the administrator)
/// change it. Anyone else gets the same 404 as for nothing, so its existence is not revealed.</summary>
public sealed class InspectionAccess(PlanAccess plans, AppDbContext db)
{
    public static Error NotFound() => Error.NotFound("Kế hoạch kiểm tra không tồn tại hoặc bạn không có quyền xem.");

    public static Error ReadOnly() => Error.Forbidden("Bạn chỉ có quyền xem kế hoạch kiểm tra này, không được thay đổi.");

    public DateOnly Today => plans.Today;

    /// <summary>Null when the user may read (or, with <paramref name="write"/>, change) the inspection plan.</summary>
    public async Task<Error?> DenyAsync(ClaimsPrincipal user, Guid inspectionId, bool write, CancellationToken ct = default)
    {
        var government = await db.Set<InspectionPlan>().AsNoTracking().Where(p => p.Id == inspectionId).Select(p => (Guid?)p.GovernmentId).FirstOrDefaultAsync(ct);
        return government is { } g ? await DenyGovernmentAsync(user, g, write, ct) : NotFound();
    }

    /// <summary>The same for the inspection a visit belongs to.</summary>
    public async Task<(Error? Denied, Guid InspectionId)> DenyVisitAsync(ClaimsPrincipal user, Guid visitId, bool write, CancellationToken ct = default)
    {
        var inspection = await db.Set<InspectionVisit>().AsNoTracking().Where(v => v.Id == visitId).Select(v => (Guid?)v.InspectionId).FirstOrDefaultAsync(ct);
        return inspection is { } i ? (await DenyAsync(user, i, write, ct), i) : (NotFound(), Guid.Empty);
    }

    /// <summary>Null when the user may read (or change) the inspections of <paramref name="governmentId"/>.</summary>
    public async Task<Error?> DenyGovernmentAsync(ClaimsPrincipal user, Guid governmentId, bool write, CancellationToken ct = default)
    {
        if (!await plans.CanReadAsync(user, governmentId, ct))
        {
            return NotFound();
        }

        return write && !await plans.CanWriteAsync(user, governmentId, ct) ? ReadOnly() : null;
    }

    public Task<bool> CanWriteAsync(ClaimsPrincipal user, Guid governmentId, CancellationToken ct = default) => plans.CanWriteAsync(user, governmentId, ct);

    /// <summary>The governments whose inspections the user reads; null means every government (administrator).</summary>
    public Task<IReadOnlyCollection<Guid>?> ReadableGovernmentsAsync(ClaimsPrincipal user, CancellationToken ct = default) => plans.ReadableGovernmentsAsync(user, ct);

    /// <summary>The user's own government (the default for a new inspection plan).</summary>
    public Task<Guid?> OwnGovernmentAsync(ClaimsPrincipal user, CancellationToken ct = default) => plans.OwnGovernmentAsync(user, ct);
}
