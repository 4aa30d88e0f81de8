using Microsoft.EntityFrameworkCore;
using ParPlan.Features.Audit;
using ParPlan.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>A new import's batch is written with plain commands (<see cref="ImportBatchStart"/>), not SaveChanges: its
/// audit entry must be the one the audit interceptor writes for the same batch added through EF.</summary>
public class ImportBatchStartTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_new_imports_batch_is_audited_as_the_interceptor_audits_an_added_batch(string provider, bool forAGovernment)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        Guid? government = forAGovernment ? store.Org.Province : null;
        var path = store.WriteCsv([Row("HS1", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra")]);
        using var who = AuditActor.Begin("can-bo");

        var result = await store.ImportAsync(path, "nguon", i => i.Government = government);
        var imported = await store.Database.InScopeAsync(sp => sp.Db().Set<ImportBatch>().AsNoTracking().SingleAsync(b => b.Id == result.BatchId));
        var reference = new ImportBatch
        {
            Source = imported.Source, FileName = imported.FileName, FileHash = imported.FileHash, StartedAt = imported.StartedAt,
            UserName = imported.UserName, GovernmentId = imported.GovernmentId, Status = ImportStatus.Running,
        };
        await store.Database.InScopeAsync(async sp =>
        {
            sp.Db().Add(reference);
            await sp.Db().SaveChangesAsync();
        });

        var audits = await store.Database.InScopeAsync(sp => sp.Db().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "ImportBatch" && a.Action == AuditAction.Added).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, audits.Count);
        Assert.Equal(government, imported.GovernmentId);
        Assert.Equal("can-bo", imported.UserName);
        Assert.Equal([result.BatchId.ToString(), reference.Id.ToString()], audits.Select(a => a.EntityKey));
        Assert.Equal(audits[1].After, audits[0].After);
        Assert.Equal((audits[1].At, audits[1].UserName, audits[1].UserId), (audits[0].At, audits[0].UserName, audits[0].UserId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unfinished_import_of_the_same_file_for_the_same_government_is_continued_and_another_governments_is_not(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        var path = store.WriteCsv([Row("HS1", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra")]);
        var first = await store.ImportAsync(path, "nguon");
        await store.Database.InScopeAsync(sp => sp.Db().Set<ImportBatch>().Where(b => b.Id == first.BatchId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportStatus.Failed)));

        var forProvince = await store.ImportAsync(path, "nguon", i => i.Government = store.Org.Province);
        var again = await store.ImportAsync(path, "nguon");

        Assert.NotEqual(first.BatchId, forProvince.BatchId);
        Assert.Equal(first.BatchId, again.BatchId);
    }

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (string provider in TestDatabase.Providers())
        {
            data.Add(provider, false);
            data.Add(provider, true);
        }

        return data;
    }
}
