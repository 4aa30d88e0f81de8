using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Indicators;

/// <summary>Reads and writes the kept counts (<see cref="DossierYearCounts"/>), and says whether they still describe the
/// store: they must have been taken after the last import before this one (no batch created since), with the same
/// recorded apologies, at or before the current instant, and every year's counts must have been keepable.</summary>
internal static class DossierYearCountsStore
{
    /// <summary>The recorded apologies, summarised: how many, how many complete, and the sum of their versions (every
    /// change of one raises its version).</summary>
    public static async Task<string> ApologyStampAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COALESCE(SUM(CASE WHEN \"Complete\" THEN 1 ELSE 0 END), 0), COALESCE(SUM(\"Version\"), 0) FROM \"LateDossierApologies\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return $"{reader.GetInt64(0)}:{reader.GetInt64(1)}:{Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The kept counts by year when they describe the store as it was before import <paramref name="batchId"/>
    /// (none kept and no dossier of another import: an empty store); null when they do not.</summary>
    public static async Task<Dictionary<int, DossierYearCounts>?> BeforeImportAsync(AppDbContext db, long batchId, string apologies, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.Set<DossierYearCounts>().AsNoTracking().ToListAsync(ct);
        if (rows.Count == 0)
        {
            // Asked as "any other row", which stops at the first stored row of an earlier import.
            return await db.Set<Dossier>().AnyAsync(d => d.LastBatchId != batchId, ct) ? null : [];
        }

        var before = await db.Set<ImportBatch>().Where(b => b.Id != batchId).MaxAsync(b => (long?)b.Id, ct) ?? 0;
        return rows.All(r => r.Counts is not null && r.BatchId == before && r.Apologies == apologies && r.AsOfTicks <= now.UtcTicks)
            ? rows.ToDictionary(r => r.Year)
            : null;
    }

    /// <summary>Stores the counts of the computed years, keeps those of the other years of <paramref name="range"/> (with
    /// the new stamp: the import did not move them), and removes the years outside it; <paramref name="all"/>: the
    /// computed years are every year, the other rows go.</summary>
    public static async Task SaveAsync(AppDbContext db, IReadOnlyCollection<DossierYearCounts> computed, (int First, int Last)? range, bool all,
        long batchId, string apologies, DateTimeOffset now, CancellationToken ct)
    {
        var set = db.Set<DossierYearCounts>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await set.ToDictionaryAsync(r => r.Year, ct);
        var byYear = computed.Where(r => range is { } g && r.Year >= g.First && r.Year <= g.Last).ToDictionary(r => r.Year);
        foreach (var (year, row) in existing)
        {
            if (byYear.Remove(year, out var fresh))
            {
                row.Counts = fresh.Counts;
                row.Dossiers = fresh.Dossiers;
                row.HasOwn = fresh.HasOwn;
            }
            else if (all || range is not { } g || year < g.First || year > g.Last)
            {
                set.Remove(row);
                continue;
            }

            row.BatchId = batchId;
            row.Apologies = apologies;
            row.AsOfTicks = now.UtcTicks;
        }

        set.AddRange(byYear.Values);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        foreach (var entry in db.ChangeTracker.Entries<DossierYearCounts>().ToList()) entry.State = EntityState.Detached;
    }
}
