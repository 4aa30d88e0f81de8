using Microsoft.EntityFrameworkCore;
using ParPlan.Features.Dossiers;
using ParPlan.Tests.Data;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>The keys of imported dossiers (on PostgreSQL reserved a block per chunk from the identity's sequence): unique
/// across imports running at once, kept by a re-import, and never handed out again to a dossier added otherwise.</summary>
public class DossierKeyTests
{
    private static List<string> Rows(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => Row($"{prefix}{i}", i % 2 == 0 ? "T.H1.X1" : "T.H1.X2", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra")).ToList();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dossier_added_after_an_import_gets_a_key_of_its_own_and_the_next_import_keys_after_it(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 30);
        var first = await store.ImportAsync(store.WriteCsv(Rows("A", 70)));

        var added = await store.Database.InScopeAsync(async sp =>
        {
            var db = sp.Db();

            // On PostgreSQL EF takes the key from the identity; on SQLite the model leaves the key to whoever adds the row.
            var dossier = new Dossier
            {
                Id = provider == TestDatabase.Sqlite ? await db.Set<Dossier>().MaxAsync(d => d.Id) + 1000 : 0,
                Source = "khac", Code = "TAY-1", UnitCode = "T.H1.X1", ReceivedAt = new DateTimeOffset(2025, 3, 1, 1, 0, 0, TimeSpan.Zero),
                DueAt = new DateTimeOffset(2025, 3, 5, 10, 0, 0, TimeSpan.Zero), CreatedBatchId = first.BatchId, LastBatchId = first.BatchId,
            };
            db.Add(dossier);
            await db.SaveChangesAsync();
            return dossier.Id;
        });
        await store.ImportAsync(store.WriteCsv(Rows("B", 40)));

        var keys = await store.Database.InScopeAsync(sp => sp.Db().Set<Dossier>().AsNoTracking().Select(d => new { d.Code, d.Id }).ToListAsync());
        Assert.Equal(111, keys.Select(k => k.Id).Distinct().Count());
        Assert.True(keys.Where(k => k.Code.StartsWith('A')).Max(k => k.Id) < added);
        Assert.True(keys.Where(k => k.Code.StartsWith('B')).Min(k => k.Id) > added);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_re_import_keeps_each_stored_dossier_s_key_and_keys_the_new_ones_apart(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 25);
        await store.ImportAsync(store.WriteCsv(Rows("HS", 50)));
        var before = await store.Database.InScopeAsync(sp => sp.Db().Set<Dossier>().AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id));

        var again = await store.ImportAsync(store.WriteCsv(Rows("HS", 80)));

        Assert.Equal((30L, 50L), (again.Imported, again.Updated));
        var after = await store.Database.InScopeAsync(sp => sp.Db().Set<Dossier>().AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id));
        Assert.All(before, b => Assert.Equal(b.Value, after[b.Key]));
        Assert.Equal(80, after.Values.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_imports_running_at_once_store_every_row_each_under_its_own_key(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 10);
        var one = store.WriteCsv(Rows("M", 120));
        var two = store.WriteCsv(Rows("N", 120));

        var results = await Task.WhenAll(Task.Run(() => store.ImportAsync(one, "mot")), Task.Run(() => store.ImportAsync(two, "hai")));

        Assert.All(results, r => Assert.Equal((120L, 0L), (r.Imported, r.Rejected)));
        var keys = await store.Database.InScopeAsync(sp => sp.Db().Set<Dossier>().AsNoTracking().Select(d => d.Id).ToListAsync());
        Assert.Equal(240, keys.Distinct().Count());
    }
}
