using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Cascade;
using ParPlan.Data;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Cascade;

/// <summary>Links an imported child plan to its parent afterwards: proposals from <see cref="LinkProposer"/> for the
/// child's tasks not yet linked, then the officer's confirmation sets <see cref="PlanTask.ParentTaskId"/>.</summary>
public sealed class LinkProposals(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<LinkProposalRow>>> ProposeAsync(Guid planId, CancellationToken ct = default)
    {
        var parentId = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.ParentPlanId).FirstOrDefaultAsync(ct);
        if (parentId is not { } parent)
        {
            return Error.Conflict("Kế hoạch chưa liên kết với kế hoạch cấp trên: xác nhận kế hoạch cấp trên trước.");
        }

        var children = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId && t.ParentTaskId == null).OrderBy(t => t.Order)
            .Select(t => new { t.Id, t.Ref, t.AreaCode, t.Title }).ToListAsync(ct);
        var parents = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == parent).OrderBy(t => t.Order)
            .Select(t => new { t.Id, t.Ref, t.AreaCode, t.Title }).ToListAsync(ct);
        var proposals = LinkProposer.Propose(children.Select(c => new TaskText(c.Id, c.AreaCode, c.Title)).ToList(),
            parents.Select(p => new TaskText(p.Id, p.AreaCode, p.Title)).ToList());
        var child = children.ToDictionary(c => c.Id);
        var par = parents.ToDictionary(p => p.Id);
        return proposals.Select(p => new LinkProposalRow(p.ChildTaskId, child[p.ChildTaskId].Ref, child[p.ChildTaskId].Title, p.ParentTaskId,
            par[p.ParentTaskId].Ref, par[p.ParentTaskId].Title, p.Score)).ToList();
    }

    public async Task<Result<int>> ConfirmAsync(Guid planId, IReadOnlyList<TaskLink>? links, CancellationToken ct = default)
    {
        var parentId = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.ParentPlanId).FirstOrDefaultAsync(ct);
        if (parentId is not { } parent)
        {
            return Error.Conflict("Kế hoạch chưa liên kết với kế hoạch cấp trên: xác nhận kế hoạch cấp trên trước.");
        }

        if (links is not { Count: > 0 })
        {
            return Error.Invalid("Chọn ít nhất một liên kết nhiệm vụ để xác nhận.");
        }

        var taskIds = links.Select(l => l.TaskId).ToList();
        var parentIds = links.Select(l => l.ParentTaskId).ToList();
        var tasks = await db.PlanTasks.Where(t => t.PlanId == planId && taskIds.Contains(t.Id)).ToListAsync(ct);
        var validParents = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == parent && parentIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        if (tasks.Count != taskIds.Distinct().Count() || parentIds.Any(p => !validParents.Contains(p)))
        {
            return Error.Invalid("Liên kết phải nối nhiệm vụ của kế hoạch này với nhiệm vụ của kế hoạch cấp trên.");
        }

        foreach (var link in links)
        {
            tasks.First(t => t.Id == link.TaskId).ParentTaskId = link.ParentTaskId;
        }

        await db.SaveChangesAsync(ct);
        return links.Count;
    }
}
