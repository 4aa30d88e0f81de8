using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>The stamp of the kept counts (<see cref="DossierYearCounts"/>) is a row of its own: a computation after an
/// import rewrites the counts of the years it computed and that row, not the counts of the years it did not touch, and
/// the next import still adds to them; counts kept by an earlier build (each row with its own stamp, no stamp row) are
/// still used when every row's stamp describes the store, and refused when one does not.</summary>
public class KeptCountsStampTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_month_import_rewrites_the_counts_of_its_year_and_the_stamp_row_only_and_the_next_import_still_adds_to_them(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await KeptYearCountsTests.ImportAndComputeAsync(store, [Row("A1", "T.H1.X1", "2024-03-10T08:00", "2024-03-20T17:00", "2024-03-12T09:00", "da_tra")]);
        await KeptYearCountsTests.ImportAndComputeAsync(store, [Row("B1", "T.X1", "2025-04-10T08:00", "2025-04-20T17:00", "2025-04-25T09:00", "da_tra")]);
        var before = await RowsAsync(store);

        store.Database.Time.Advance(TimeSpan.FromMinutes(1));
        var path = store.WriteCsv([Row("M1", "T.H1.X1", "2026-01-10T08:00", "2026-01-20T17:00", "2026-01-15T09:00", "da_tra")]);
        var (batch, month) = await store.Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            var result = await importer.ImportAsync(path, "test");
            return (result.BatchId, await sp.GetRequiredService<IndicatorComputer>().ComputeAsync(importer.Counts));
        });
        var after = await RowsAsync(store);

        Assert.True(month.FromImport);
        Assert.Equal([2026], month.Years);
        Assert.Equal(before[2024], after[2024]); // neither its counts nor its stamp were written again
        Assert.Equal(before[2025], after[2025]);
        Assert.NotEqual(batch, after[2024].BatchId);
        Assert.Equal(batch, after[2026].BatchId);
        Assert.Equal(batch, after[DossierYearCountsStore.StampYear].BatchId);
        Assert.Null(after[DossierYearCountsStore.StampYear].Counts);

        var (next, _, values, full, kept, keptFull) = await KeptYearCountsTests.StepAsync(store,
            [Row("M2", "T.X1", "2026-01-12T08:00", "2026-01-22T17:00", "2026-01-13T09:00", "da_tra")]);
        Assert.True(next.FromImport);
        Assert.Equal(full, values);
        Assert.Equal(keptFull, kept);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Counts_kept_by_an_earlier_build_with_a_stamp_on_each_row_are_used_when_every_row_describes_the_store_and_refused_otherwise(string provider)
    {
        foreach (var staleYear in new int?[] { null, 2024 })
        {
            await using var store = await DossierStore.CreateAsync(provider);
            await KeptYearCountsTests.ImportAndComputeAsync(store, [Row("A1", "T.H1.X1", "2024-03-10T08:00", "2024-03-20T17:00", "2024-03-12T09:00", "da_tra")]);
            await KeptYearCountsTests.ImportAndComputeAsync(store, [Row("B1", "T.X1", "2025-04-10T08:00", "2025-04-20T17:00", null, "dang_xu_ly")]);
            await store.Database.InScopeAsync(async sp =>
            {
                // As an earlier build kept them: the stamp on every row, no stamp row; optionally one year's stamp older.
                var db = sp.GetRequiredService<AppDbContext>();
                var stamp = await db.Set<DossierYearCounts>().SingleAsync(r => r.Year == DossierYearCountsStore.StampYear);
                await db.Set<DossierYearCounts>().ExecuteUpdateAsync(s => s.SetProperty(r => r.BatchId, stamp.BatchId)
                    .SetProperty(r => r.Apologies, stamp.Apologies).SetProperty(r => r.AsOfTicks, stamp.AsOfTicks));
                await db.Set<DossierYearCounts>().Where(r => r.Year == DossierYearCountsStore.StampYear).ExecuteDeleteAsync();
                if (staleYear is { } y) await db.Set<DossierYearCounts>().Where(r => r.Year == y).ExecuteUpdateAsync(s => s.SetProperty(r => r.BatchId, stamp.BatchId - 1));
            });

            var (month, _, values, full, kept, keptFull) = await KeptYearCountsTests.StepAsync(store,
                [Row("M1", "T.H1.X1", "2026-01-10T08:00", "2026-01-20T17:00", "2026-01-15T09:00", "da_tra")]);

            Assert.Equal(staleYear is null, month.FromImport);
            Assert.Equal(staleYear is null, month.OnlyTouchedYears);
            Assert.Equal(full, values);
            Assert.Equal(keptFull, kept);
        }
    }

    private static Task<Dictionary<int, (long BatchId, long AsOfTicks, string? Counts)>> RowsAsync(DossierStore store) =>
        store.Database.InScopeAsync(async sp => (await sp.GetRequiredService<AppDbContext>().Set<DossierYearCounts>().AsNoTracking().ToListAsync())
            .ToDictionary(r => r.Year, r => (r.BatchId, r.AsOfTicks, r.Counts is null ? null : Convert.ToBase64String(r.Counts))));
}
