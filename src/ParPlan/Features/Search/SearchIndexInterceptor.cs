using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParPlan.Core.Text;
using ParPlan.Features.Plans;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Search;

/// <summary>Keeps <see cref="SearchEntry"/> rows in step with plans, tasks and evidence in the same SaveChanges.</summary>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Index(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Index(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Dirty = new();

    private static readonly object Structural = new();

    /// <summary>What a progress report changes on its task; any other change alters the board's structure.</summary>
    private static readonly HashSet<string> ProgressProperties =
        [nameof(PlanTask.Status), nameof(PlanTask.Percent), nameof(PlanTask.Version), nameof(PlanTask.ClosedAt), nameof(PlanTask.ClosedBy)];

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

    /// <summary>Bumped again after the commit so a board computed during the save is not reused.</summary>
    private static void AfterSave(DbContext? context)
    {
        if (context is not null && Dirty.TryGetValue(context, out var marker) && Dirty.Remove(context))
        {
            BoardGeneration.Bump(structural: marker is not Guid[], marker as Guid[]);
        }
    }

    public static string Key(string text) => VietText.Fold(text);

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

    private static void Index(DbContext? context)
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

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is Plan or PlanTask or Evidence)
            .ToList();
        foreach (var entry in changed)
        {
            var row = entry.Entity switch
            {
                Plan p => new SearchEntry { Id = p.Id, Kind = SearchKind.Plan, PlanId = p.Id, Title = p.Title,
                    Folded = Key($"{p.Title} {p.Number}") },
                PlanTask t => new SearchEntry { Id = t.Id, Kind = SearchKind.Task, PlanId = t.PlanId, TaskId = t.Id,
                    Title = $"{t.Ref}. {t.Title}", Folded = Key($"{t.Ref} {t.Title} {t.Objective} {t.OutputsJson}") },
                Evidence e => new SearchEntry { Id = e.Id, Kind = SearchKind.Evidence, TaskId = e.TaskId, UnitId = e.UnitId,
                    Title = string.IsNullOrEmpty(e.DocumentNumber) ? e.Title : $"{e.DocumentNumber} – {e.Title}",
                    Folded = Key($"{e.Title} {e.DocumentNumber} {e.FileName}") },
                _ => null,
            };
            if (row is null)
            {
                continue;
            }

            row.Title = row.Title.Length > 1000 ? row.Title[..1000] : row.Title;
            row.Folded = row.Folded.Length > 8000 ? row.Folded[..8000] : row.Folded;
            var set = context.Set<SearchEntry>();
            var existing = set.Local.FirstOrDefault(s => s.Id == row.Id)
                ?? (entry.State == EntityState.Added ? null : set.Find(row.Id));
            if (entry.State == EntityState.Deleted)
            {
                if (existing is not null)
                {
                    set.Remove(existing);
                }
            }
            else if (existing is null)
            {
                set.Add(row);
            }
            else
            {
                existing.Title = row.Title;
                existing.Folded = row.Folded;
                existing.PlanId = row.PlanId;
                existing.TaskId = row.TaskId;
                existing.UnitId = row.UnitId;
            }
        }
    }
}
