using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>Bumps <see cref="BoardGeneration"/> when a save touches what the task board, my tasks and the dashboard are
/// computed from: a progress-only save names the tasks it touched, any other change bumps the structure.</summary>
public sealed class BoardGenerationInterceptor : SaveChangesInterceptor
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Dirty = new();

    private static readonly object Structural = new();

    /// <summary>What a progress report changes on its task; any other change alters the board's structure.</summary>
    private static readonly HashSet<string> ProgressProperties =
        [nameof(PlanTask.Status), nameof(PlanTask.Percent), nameof(PlanTask.Version), nameof(PlanTask.ClosedAt), nameof(PlanTask.ClosedBy)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeforeSave(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        BeforeSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void BeforeSave(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var boardChanges = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is Plan or PlanTask or TaskAssignment or TriggerEvent or ProgressEntry or Evidence or Organisation.Unit or Organisation.UnitParent
                    or Organisation.StandingAgency)
            .ToList();
        if (boardChanges.Count > 0)
        {
            var structural = !boardChanges.All(IsProgressOnly);
            var touched = structural ? null : boardChanges.Select(TaskOf).Distinct().ToArray();
            BoardGeneration.Bump(structural, touched);
            Dirty.AddOrUpdate(context, touched ?? Structural);
        }
    }

    /// <summary>Bumped again after the commit so a board computed during the save is not reused.</summary>
    private static void AfterSave(DbContext? context)
    {
        if (context is not null && Dirty.TryGetValue(context, out var marker) && Dirty.Remove(context))
        {
            BoardGeneration.Bump(structural: marker is not Guid[], marker as Guid[]);
        }
    }

    private static Guid TaskOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) => entry.Entity switch
    {
        ProgressEntry p => p.TaskId,
        Evidence e => e.TaskId,
        PlanTask t => t.Id,
        _ => throw new InvalidOperationException("Not a progress change."),
    };

    private static bool IsProgressOnly(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) => entry.Entity switch
    {
        ProgressEntry or Evidence => true,
        PlanTask when entry.State == EntityState.Modified =>
            entry.Properties.Where(p => p.IsModified).All(p => ProgressProperties.Contains(p.Metadata.Name)),
        _ => false,
    };
}
