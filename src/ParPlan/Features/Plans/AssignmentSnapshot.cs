using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Plans;

/// <summary>A unit assigned to a task at a revision: the unit (id and name when the revision was made) and its role.</summary>
public sealed record AssignmentSnapshot(Guid UnitId, string Unit, AssignmentRole Role)
{
    /// <summary>Lead before support, then by unit name, then by id: the same assignments always give the same list.</summary>
    public static IReadOnlyList<AssignmentSnapshot> Sorted(IEnumerable<AssignmentSnapshot> assignments) =>
        assignments.OrderBy(a => a.Role).ThenBy(a => a.Unit, StringComparer.Ordinal).ThenBy(a => a.UnitId).ToList();

    /// <summary>The assignments of the plan's tasks as they will be once the pending changes are saved: the stored rows,
    /// minus those deleted and plus those added in <paramref name="db"/>'s change tracker, with the units' names.</summary>
    public static async Task<ILookup<Guid, AssignmentSnapshot>> LoadAsync(AppDbContext db, Guid planId, IReadOnlyCollection<Guid> taskIds,
        CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries<TaskAssignment>().Where(e => taskIds.Contains(e.Entity.TaskId)).ToList();
        var trackedIds = tracked.Select(e => e.Entity.Id).ToHashSet();
        var stored = await db.TaskAssignments.AsNoTracking().Where(a => db.PlanTasks.Any(t => t.Id == a.TaskId && t.PlanId == planId))
            .Select(a => new { a.Id, a.TaskId, a.UnitId, a.Role }).ToListAsync(ct);
        var rows = stored.Where(a => !trackedIds.Contains(a.Id)).Select(a => (a.TaskId, a.UnitId, a.Role))
            .Concat(tracked.Where(e => e.State != EntityState.Deleted).Select(e => (e.Entity.TaskId, e.Entity.UnitId, e.Entity.Role)))
            .ToList();
        var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return rows.ToLookup(r => r.TaskId, r => new AssignmentSnapshot(r.UnitId, names.GetValueOrDefault(r.UnitId, r.UnitId.ToString()), r.Role));
    }

    /// <summary>Adds the lines of units added, removed or switched between lead and support for one task. Nothing when
    /// either side was not recorded (a snapshot from before assignments were kept).</summary>
    public static void Diff(List<string> lines, string prefix, IReadOnlyList<AssignmentSnapshot>? before, IReadOnlyList<AssignmentSnapshot>? after)
    {
        if (before is null || after is null)
        {
            return;
        }

        var was = before.GroupBy(a => a.UnitId).ToDictionary(g => g.Key, g => g.Select(a => a.Role).ToHashSet());
        var now = after.GroupBy(a => a.UnitId).ToDictionary(g => g.Key, g => g.Select(a => a.Role).ToHashSet());
        var switched = now.Where(u => was.TryGetValue(u.Key, out var roles) && roles.Count == 1 && u.Value.Count == 1 && !roles.SetEquals(u.Value))
            .Select(u => u.Key).ToHashSet();
        var added = after.Where(a => !switched.Contains(a.UnitId) && !(was.TryGetValue(a.UnitId, out var roles) && roles.Contains(a.Role)));
        var removed = before.Where(a => !switched.Contains(a.UnitId) && !(now.TryGetValue(a.UnitId, out var roles) && roles.Contains(a.Role)));
        Lines(lines, prefix + "thêm đơn vị", added);
        Lines(lines, prefix + "bỏ đơn vị", removed);
        foreach (var unit in after.Where(a => switched.Contains(a.UnitId)))
        {
            var from = before.First(a => a.UnitId == unit.UnitId).Role;
            lines.Add($"{prefix}đổi vai trò {unit.Unit} từ {RoleName(from)} thành {RoleName(unit.Role)}");
        }
    }

    public static string RoleName(AssignmentRole role) => role == AssignmentRole.Lead ? "chủ trì" : "phối hợp";

    private static void Lines(List<string> lines, string what, IEnumerable<AssignmentSnapshot> assignments)
    {
        foreach (var role in Sorted(assignments).GroupBy(a => a.Role))
        {
            lines.Add($"{what} {RoleName(role.Key)}: {string.Join("; ", role.Select(a => a.Unit))}");
        }
    }
}
