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

    private static readonly object Marker = new();

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
        if (context is not null && Dirty.Remove(context))
        {
            BoardGeneration.Bump();
        }
    }

    public static string Key(string text) => VietText.Fold(text);

    private static void Index(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        if (context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is Plan or PlanTask or TaskAssignment or TriggerEvent or ProgressEntry or Evidence or Organisation.Unit or Organisation.UnitParent
                    or Organisation.StandingAgency))
        {
            BoardGeneration.Bump();
            Dirty.AddOrUpdate(context, Marker);
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
