using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Cascade;

/// <summary>Write side of the cascade: obligations from an issued plan, the confirmed parent link of a plan, and the
/// waivers of the coverage matrix. Access is checked by the caller (endpoint or page).</summary>
public sealed class CascadeCommands(AppDbContext db, PlanReach reach, IOrgTree tree, AuditActor actor, TimeProvider time)
{
    /// <summary>Each listed government directly below the plan's owes its own plan by <paramref name="dueOn"/>; an
    /// existing obligation takes the new date.</summary>
    public async Task<Result<int>> CascadeAsync(Guid planId, IReadOnlyList<Guid>? governmentIds, DateOnly? dueOn, CancellationToken ct = default)
    {
        if (governmentIds is not { Count: > 0 })
        {
            return Error.Invalid("Chọn ít nhất một chính quyền cấp dưới phải ban hành kế hoạch.");
        }

        if (dueOn is not { } due)
        {
            return Error.Invalid("Nhập hạn ban hành kế hoạch của cấp dưới (dd/MM/yyyy).");
        }

        var today = VietnamTime.Today(time);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Status, p.IssuedOn }).FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return PlanAccess.NotFound();
        }

        if (plan.Status == PlanStatus.Draft)
        {
            return Error.Conflict("Kế hoạch chưa ban hành: ban hành kế hoạch trước khi giao cấp dưới xây dựng kế hoạch.");
        }

        var lower = (await reach.ForAsync(planId, today, ct))!.LowerGovernments.Select(g => g.Id).ToHashSet();
        if (governmentIds.Any(g => !lower.Contains(g)))
        {
            return Error.Invalid("Chỉ giao được cho các chính quyền trực thuộc cấp ban hành kế hoạch.");
        }

        var existing = await db.Set<CascadeObligation>().Where(o => o.PlanId == planId).ToListAsync(ct);
        foreach (var government in governmentIds.Distinct())
        {
            if (existing.FirstOrDefault(o => o.GovernmentId == government) is { } o)
            {
                o.DueOn = due;
            }
            else
            {
                db.Add(new CascadeObligation { PlanId = planId, GovernmentId = government, DueOn = due, CreatedAt = time.GetUtcNow(), CreatedBy = actor.Current.UserName });
            }
        }

        await db.SaveChangesAsync(ct);
        return governmentIds.Distinct().Count();
    }

    /// <summary>Links a plan to its issued parent plan (the officer confirms the proposal or picks it).</summary>
    public async Task<Result<Guid>> LinkParentAsync(Guid planId, Guid parentPlanId, CancellationToken ct = default)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        var parent = await db.Plans.AsNoTracking().Where(p => p.Id == parentPlanId).Select(p => new { p.GovernmentId, p.Status }).FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return PlanAccess.NotFound();
        }

        if (parent is null || parent.Status == PlanStatus.Draft || parent.GovernmentId == plan.GovernmentId
            || !await tree.IsWithinAsync(plan.GovernmentId, parent.GovernmentId, VietnamTime.Today(time), ct))
        {
            return Error.Invalid("Kế hoạch cấp trên phải là kế hoạch đã ban hành của chính quyền cấp trên.");
        }

        plan.ParentPlanId = parentPlanId;
        await db.SaveChangesAsync(ct);
        return parentPlanId;
    }

    /// <summary>Marks a parent task as not applicable to a lower government, with the reason shown in the matrix.</summary>
    public async Task<Result<Guid>> WaiveAsync(Guid planId, Guid parentTaskId, Guid governmentId, string? reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Invalid("Nhập lý do nhiệm vụ không áp dụng cho địa phương.");
        }

        if (reason.Length > CoverageWaiverEntry.ReasonMax)
        {
            return Error.Invalid($"Lý do dài quá {CoverageWaiverEntry.ReasonMax} ký tự.");
        }

        if (!await db.PlanTasks.AnyAsync(t => t.Id == parentTaskId && t.PlanId == planId, ct))
        {
            return Error.NotFound("Không tìm thấy nhiệm vụ trong kế hoạch.");
        }

        if (await reach.ForAsync(planId, VietnamTime.Today(time), ct) is not { } view || view.LowerGovernments.All(g => g.Id != governmentId))
        {
            return Error.Invalid("Chỉ ghi nhận không áp dụng cho các chính quyền trực thuộc cấp ban hành kế hoạch.");
        }

        var entry = await db.Set<CoverageWaiverEntry>().FirstOrDefaultAsync(w => w.PlanId == planId && w.ParentTaskId == parentTaskId && w.GovernmentId == governmentId, ct);
        if (entry is null)
        {
            entry = new CoverageWaiverEntry { PlanId = planId, ParentTaskId = parentTaskId, GovernmentId = governmentId, CreatedAt = time.GetUtcNow(), CreatedBy = actor.Current.UserName };
            db.Add(entry);
        }

        entry.Reason = reason.Trim();
        await db.SaveChangesAsync(ct);
        return entry.Id;
    }

    /// <summary>Undoes a waiver: the cell counts again as covered or not covered.</summary>
    public async Task<Result<Guid>> UnwaiveAsync(Guid planId, Guid parentTaskId, Guid governmentId, CancellationToken ct = default)
    {
        var entry = await db.Set<CoverageWaiverEntry>().FirstOrDefaultAsync(w => w.PlanId == planId && w.ParentTaskId == parentTaskId && w.GovernmentId == governmentId, ct);
        if (entry is null)
        {
            return Error.NotFound("Nhiệm vụ này chưa được ghi nhận là không áp dụng cho địa phương.");
        }

        db.Remove(entry);
        await db.SaveChangesAsync(ct);
        return entry.Id;
    }
}
