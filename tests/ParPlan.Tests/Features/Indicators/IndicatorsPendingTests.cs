using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>An import killed after its last commit but before its computation leaves the batch "indicators pending"
/// (set in the same transaction as its rows); the next start computes it.</summary>
public class IndicatorsPendingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_killed_between_its_last_commit_and_its_computation_is_computed_when_the_app_starts_again(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 2);
        var path = store.WriteCsv([
            Row("HS1", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-12T09:00", "da_tra"),
            Row("HS2", "T.X1", "2025-08-10T08:00", "2025-08-20T17:00", "2025-08-25T09:00", "da_tra"),
            Row("HS3", "T.X1", "2025-09-10T08:00", "2025-09-20T17:00", null, "dang_xu_ly"),
        ]);

        // The process dies right after the last batch committed: nothing after it runs.
        await Assert.ThrowsAsync<OperationCanceledException>(() => store.ImportAsync(path, configure: importer =>
            importer.AfterLastCommit = () => throw new OperationCanceledException("killed")));
        var killed = await store.Database.InScopeAsync(sp => sp.Db().Set<ImportBatch>().AsNoTracking().SingleAsync());
        var valuesAfterKill = await store.Database.InScopeAsync(sp => sp.CountAsync<StoredIndicatorValue>());

        await StartAppAsync(store);
        var started = await store.Database.InScopeAsync(sp => sp.Db().Set<ImportBatch>().AsNoTracking().SingleAsync());
        var year = await store.ValuesAsync(store.Org.Province, "2025");

        Assert.Equal((ImportStatus.Completed, 3L, true), (killed.Status, killed.Imported, killed.IndicatorsPending));
        Assert.Equal(0, valuesAfterKill);
        Assert.False(started.IndicatorsPending);
        Assert.Equal(3, Value(year, Core.Indicators.IndicatorCodes.Received, "T").Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_followed_by_its_computation_leaves_nothing_pending_so_a_start_computes_nothing(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([Row("HS1", "T.X1", "2025-08-10T08:00", "2025-08-20T17:00", null, "dang_xu_ly")]));
        var pendingBefore = await store.Database.InScopeAsync(sp => sp.GetRequiredService<IndicatorComputer>().PendingAsync());
        await store.ComputeAsync();

        var pendingAfter = await store.Database.InScopeAsync(sp => sp.GetRequiredService<IndicatorComputer>().PendingAsync());

        Assert.True(pendingBefore);
        Assert.False(pendingAfter);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_a_killed_import_is_computed_at_start_the_next_import_adds_to_kept_counts_that_hold_the_killed_imports_rows(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([Row("HS1", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-12T09:00", "da_tra")]));
        await store.ComputeAsync();
        store.Database.Time.Advance(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<OperationCanceledException>(() => store.ImportAsync(store.WriteCsv([
            Row("HS2", "T.X1", "2025-08-10T08:00", "2025-08-20T17:00", "2025-08-25T09:00", "da_tra"),
            Row("HS3", "T.X1", "2025-09-10T08:00", "2025-09-20T17:00", null, "dang_xu_ly"),
        ]), configure: importer => importer.AfterLastCommit = () => throw new OperationCanceledException("killed")));
        await StartAppAsync(store);
        store.Database.Time.Advance(TimeSpan.FromMinutes(1));

        var (summary, values, full) = await store.Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            await importer.ImportAsync(store.WriteCsv([Row("HS4", "T.X1", "2025-10-10T08:00", "2025-10-20T17:00", "2025-10-12T09:00", "da_tra")]), "test");
            var computer = sp.GetRequiredService<IndicatorComputer>();
            var summary = await computer.ComputeAsync(importer.Counts);
            var values = await KeptYearCountsTests.KeptAsync(sp);
            await computer.ComputeAsync();
            return (summary, values, await KeptYearCountsTests.KeptAsync(sp));
        });
        var year = await store.ValuesAsync(store.Org.Province, "2025");

        Assert.True(summary.FromImport);
        Assert.Equal(0, summary.ReadBack); // HS3, the one dossier without a finish date, is kept beside 2025's counts
        Assert.Equal(full, values);
        Assert.Equal(4, Value(year, Core.Indicators.IndicatorCodes.Received, "T").Value);
    }

    /// <summary>What a new host does with the refresh job at start (the schedule itself off).</summary>
    private static async Task StartAppAsync(DossierStore store)
    {
        var job = new IndicatorRefreshJob(store.Database.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new IndicatorOptions { RefreshHours = 0 }), store.Database.Time, NullLogger<IndicatorRefreshJob>.Instance);
        await job.StartAsync(CancellationToken.None);
        await job.ExecuteTask!;
        await job.StopAsync(CancellationToken.None);
    }
}
