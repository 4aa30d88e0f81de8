using Microsoft.EntityFrameworkCore;
using ParPlan.Features.Audit;
using ParPlan.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>The import writes its batch with plain commands: a failed import is recorded on its batch, and continuing it
/// is audited with the entry the audit interceptor writes for the same change made through EF.</summary>
public class ImportBatchAuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Continuing_a_failed_import_is_audited_as_the_interceptor_audits_the_same_change_of_a_batch(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 2);
        var path = store.WriteCsv(Enumerable.Range(1, 5).Select(i => Row($"HS{i}", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra")));
        using var who = AuditActor.Begin("can-bo");
        await Assert.ThrowsAsync<IOException>(() => store.ImportAsync(path, "nguon", i => i.AfterChunkCommitted = n =>
            n == 1 ? throw new IOException("mất điện") : Task.CompletedTask));
        var failed = await store.Database.InScopeAsync(sp => sp.Db().Set<ImportBatch>().AsNoTracking().SingleAsync());
        Assert.Equal(ImportStatus.Failed, failed.Status);
        Assert.Equal(ImportFailure.Describe(new IOException()), failed.Error);

        // The same batch as it stood (of another file, so it is not the one continued), added through EF, then changed through EF as continuing it changes it.
        var reference = await store.Database.InScopeAsync(async sp =>
        {
            var copy = new ImportBatch
            {
                Source = failed.Source, FileName = failed.FileName, FileHash = "another-file", Status = failed.Status, StartedAt = failed.StartedAt,
                LastCommittedLine = failed.LastCommittedLine, RowsRead = failed.RowsRead, Imported = failed.Imported, Updated = failed.Updated,
                Rejected = failed.Rejected, BytesRead = failed.BytesRead, TotalBytes = failed.TotalBytes, Error = failed.Error, UserName = failed.UserName,
                IndicatorsPending = failed.IndicatorsPending, Version = failed.Version,
            };
            sp.Db().Add(copy);
            await sp.Db().SaveChangesAsync();
            return copy.Id;
        });
        await store.Database.InScopeAsync(async sp =>
        {
            var copy = await sp.Db().Set<ImportBatch>().SingleAsync(b => b.Id == reference);
            copy.Status = ImportStatus.Running;
            copy.Error = null;
            await sp.Db().SaveChangesAsync();
        });

        var resumed = await store.ImportAsync(path, "nguon");

        Assert.True(resumed.Resumed);
        Assert.Equal((5L, 5L), (resumed.RowsRead, resumed.Imported));
        var audits = await store.Database.InScopeAsync(sp => sp.Db().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "ImportBatch" && a.Action == AuditAction.Modified).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([reference.ToString(), failed.Id.ToString()], audits.Select(a => a.EntityKey));
        Assert.Equal((audits[0].Before, audits[0].After), (audits[1].Before, audits[1].After));
        Assert.Equal(("can-bo", audits[0].At), (audits[1].UserName, audits[1].At));
    }
}
