using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>The computation after an import sends plain commands only: the first EF query of a process costs about two
/// tenths of a second (its query pipeline starting), which the import no longer pays either. Counted by an interceptor on
/// this test's contexts.</summary>
public class ComputationWithoutEfTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_computation_after_an_import_into_an_empty_store_and_after_one_into_a_computed_store_sends_no_EF_query(string provider)
    {
        var counter = new EfCommandCounter();
        await using var store = await CreateAsync(provider, counter);
        var first = await ImportAndCountAsync(store, counter, [
            Row("HS1", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-15T09:00", "da_tra"),
            Row("HS2", "T.X1", "2025-03-10T08:00", "2025-03-20T17:00", null, "dang_xu_ly"),
        ]);
        store.Database.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await ImportAndCountAsync(store, counter, [Row("HS3", "T.H1.X2", "2025-04-10T08:00", "2025-04-20T17:00", "2025-04-12T09:00", "da_tra")]);

        Assert.True(first.Summary.FromImport);
        Assert.True(second.Summary.FromImport);
        Assert.Equal(0, first.EfCommands);
        Assert.Equal(0, second.EfCommands);
        Assert.True(second.EfCommandsOfAQuery > 0); // the counting sees EF queries on this database
        Assert.Equal(3, (await store.ValuesAsync(store.Org.Province, "2025")).Single(v => v.Code == Core.Indicators.IndicatorCodes.Received && v.UnitCode == "T").Numerator);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_computation_that_reads_the_years_back_and_the_check_for_pending_imports_send_no_EF_query_either(string provider)
    {
        var counter = new EfCommandCounter();
        await using var store = await CreateAsync(provider, counter);
        await store.ImportAsync(store.WriteCsv([Row("HS1", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-15T09:00", "da_tra")]));
        var (pending, efCommands) = await store.Database.InScopeAsync(async sp =>
        {
            var computer = sp.GetRequiredService<IndicatorComputer>();
            var before = counter.Count;
            var pending = await computer.PendingAsync();
            var summary = await computer.ComputeAsync();
            Assert.False(summary.FromImport);
            Assert.False(await computer.PendingAsync());
            return (pending, counter.Count - before);
        });

        Assert.True(pending);
        Assert.Equal(0, efCommands);
    }

    private static Task<(ComputeSummary Summary, int EfCommands, int EfCommandsOfAQuery)> ImportAndCountAsync(DossierStore store, EfCommandCounter counter,
        IEnumerable<string> rows)
    {
        var path = store.WriteCsv(rows);
        return store.Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            await importer.ImportAsync(path, "test");
            var db = sp.GetRequiredService<AppDbContext>();
            var before = counter.Count;
            var summary = await sp.GetRequiredService<IndicatorComputer>().ComputeAsync(importer.Counts);
            var during = counter.Count - before;
            await db.Set<ImportBatch>().AsNoTracking().CountAsync();
            return (summary, during, counter.Count - before - during);
        });
    }

    private static Task<DossierStore> CreateAsync(string provider, EfCommandCounter counter) =>
        DossierStore.CreateAsync(provider, configure: s =>
        {
            if (provider == TestDatabase.Postgres) s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
            else s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
        });

    /// <summary>Counts the commands EF creates on this test's contexts (an interceptor: EF then never skips the check).</summary>
    private sealed class EfCommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
        {
            Interlocked.Increment(ref count);
            return result;
        }
    }
}
