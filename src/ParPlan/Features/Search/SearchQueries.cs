using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Search;

/// <summary>Accent-insensitive search over plans, tasks and evidence: every word of the folded query must occur
/// (LIKE) in the folded key; hits outside the user's scope are dropped.</summary>
public sealed class SearchQueries(AppDbContext db, IUnitScope scope)
{
    public const int Limit = 50;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(ClaimsPrincipal user, string? text, CancellationToken ct = default)
    {
        var words = SearchIndexInterceptor.Key(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var query = db.Set<SearchEntry>().AsNoTracking();
        foreach (var word in words)
        {
            var pattern = "%" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(s => EF.Functions.Like(s.Folded, pattern, "\\"));
        }

        var candidates = await query.OrderBy(s => s.Kind).ThenBy(s => s.Title).Take(Limit * 4)
            .Select(s => new { s.Id, s.Kind, s.PlanId, s.TaskId, s.UnitId, s.Title }).ToListAsync(ct);
        var readable = await scope.ReadableUnitsAsync(user, ct: ct);
        var hits = new List<SearchHit>();
        if (readable is null)
        {
            hits.AddRange(candidates.Select(c => Hit(c.Kind, c.Id, c.Title, c.PlanId, c.TaskId)));
            return hits.Take(Limit).ToList();
        }

        var taskIds = candidates.Where(c => c.TaskId is not null).Select(c => c.TaskId!.Value).Distinct().ToList();
        var planIds = candidates.Where(c => c.PlanId is not null).Select(c => c.PlanId!.Value).Distinct().ToList();
        var taskPlans = await db.Set<PlanTask>().AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Join(db.Set<Plan>(), t => t.PlanId, p => p.Id, (t, p) => new { t.Id, p.GovernmentId }).ToDictionaryAsync(x => x.Id, x => x.GovernmentId, ct);
        var planGovernments = await db.Set<Plan>().AsNoTracking().Where(p => planIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.GovernmentId, ct);
        var assigned = await db.Set<TaskAssignment>().AsNoTracking()
            .Join(db.Set<PlanTask>(), a => a.TaskId, t => t.Id, (a, t) => new { a.TaskId, t.PlanId, a.UnitId })
            .Where(x => taskIds.Contains(x.TaskId) || planIds.Contains(x.PlanId)).ToListAsync(ct);
        var myTasks = assigned.Where(a => readable.Contains(a.UnitId)).Select(a => a.TaskId).ToHashSet();
        var myPlans = assigned.Where(a => readable.Contains(a.UnitId)).Select(a => a.PlanId).ToHashSet();
        foreach (var c in candidates)
        {
            var visible = c.Kind switch
            {
                SearchKind.Plan => planGovernments.TryGetValue(c.Id, out var g) && (readable.Contains(g) || myPlans.Contains(c.Id)),
                SearchKind.Task => taskPlans.TryGetValue(c.Id, out var g) && (readable.Contains(g) || myTasks.Contains(c.Id)),
                _ => c.UnitId is { } u && readable.Contains(u)
                    || c.TaskId is { } t && taskPlans.TryGetValue(t, out var g) && readable.Contains(g),
            };
            if (visible)
            {
                hits.Add(Hit(c.Kind, c.Id, c.Title, c.PlanId, c.TaskId));
            }
        }

        return hits.Take(Limit).ToList();
    }

    private static SearchHit Hit(SearchKind kind, Guid id, string title, Guid? planId, Guid? taskId) => kind switch
    {
        SearchKind.Plan => new SearchHit("plan", id, title, $"/ke-hoach/{id}"),
        SearchKind.Task => new SearchHit("task", id, title, $"/nhiem-vu/{id}"),
        _ => new SearchHit("evidence", id, title, $"/nhiem-vu/{taskId}"),
    };
}
