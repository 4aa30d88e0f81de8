using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParPlan.Core.Text;
using ParPlan.Features.Plans;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Search;

/// <summary>Keeps <see cref="SearchEntry"/> rows in step with plans, tasks and evidence in the same SaveChanges. It only
/// indexes: the task board's cache generation is <see cref="BoardGenerationInterceptor"/>'s job.</summary>
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

    public static string Key(string text) => VietText.Fold(text);

    private static void Index(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
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
