using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Audit;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

public class DossierImportTests
{
    private static List<string> Rows(int count, int brokenEvery = 0, string prefix = "HS") =>
        Enumerable.Range(1, count).Select(i => brokenEvery > 0 && i % brokenEvery == 0
            ? Row($"{prefix}{i}", "T.H1.X1", "2025-13-45T08:00", "2025-03-20T17:00", null, "dang_xu_ly")
            : Row($"{prefix}{i}", i % 2 == 0 ? "T.H1.X1" : "T.H1.X2", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra")).ToList();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_with_five_percent_broken_rows_reports_each_with_its_line_and_imports_the_rest(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 40);
        var rows = Rows(200, brokenEvery: 20);
        rows[4] = Row("HS5", "KHONG.CO", "2025-03-10T08:00", "2025-03-20T17:00", null, "dang_xu_ly");

        var result = await store.ImportAsync(store.WriteCsv(rows));

        Assert.Equal(200, result.RowsRead);
        Assert.Equal(11, result.Rejected);
        Assert.Equal(189, result.Imported);
        Assert.Equal(11, result.Rejections.Count);
        Assert.Contains(result.Rejections, r => r.Line == 21);
        Assert.Contains(result.Rejections, r => r.Line == 6);
        Assert.All(result.Rejections, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Equal(189, await store.Database.InScopeAsync(sp => sp.CountAsync<Dossier>()));
        var chunkAudits = await store.Database.InScopeAsync(sp => sp.Db().AuditEntries.CountAsync(a => a.EntityType == "DossierImportChunk"));
        Assert.Equal(6, chunkAudits);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Re_importing_the_same_or_an_overlapping_file_updates_instead_of_duplicating(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        var first = await store.ImportAsync(store.WriteCsv(Rows(50)));
        var again = await store.ImportAsync(store.WriteCsv(Rows(50)));
        var overlapping = Rows(80);
        overlapping[0] = Row("HS1", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-25T09:00", "da_tra");
        var third = await store.ImportAsync(store.WriteCsv(overlapping));

        Assert.Equal((50L, 0L), (first.Imported, first.Updated));
        Assert.Equal((0L, 50L), (again.Imported, again.Updated));
        Assert.Equal((30L, 50L), (third.Imported, third.Updated));
        await store.Database.InScopeAsync(async sp =>
        {
            Assert.Equal(80, await sp.CountAsync<Dossier>());
            var hs1 = await sp.Db().Set<Dossier>().SingleAsync(d => d.Code == "HS1");
            Assert.Equal("T.H1.X1", hs1.UnitCode);
            Assert.Equal(new DateTimeOffset(2025, 3, 25, 2, 0, 0, TimeSpan.Zero), hs1.FinishedAt);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task In_a_group_of_rows_written_together_the_stored_codes_are_updated_and_the_new_ones_inserted_each_counted_once(string provider)
    {
        // SQLite writes 32 rows a statement: HS33–HS64 is one group in which HS33–HS40 are stored and the rest are new.
        await using var store = await DossierStore.CreateAsync(provider);
        var first = await store.ImportAsync(store.WriteCsv(Rows(40)));
        var rows = Rows(70);
        rows[35] = Row("HS36", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-26T09:00", "da_tra");
        rows[44] = Row("HS45", "T.H1.X1", "2025-03-11T08:00", "2025-03-21T17:00", null, "dang_xu_ly");

        var second = await store.ImportAsync(store.WriteCsv(rows));

        Assert.Equal((30L, 40L), (second.Imported, second.Updated));
        await store.Database.InScopeAsync(async sp =>
        {
            Assert.Equal(70, await sp.CountAsync<Dossier>());
            var hs36 = await sp.Db().Set<Dossier>().AsNoTracking().SingleAsync(d => d.Code == "HS36");
            var hs45 = await sp.Db().Set<Dossier>().AsNoTracking().SingleAsync(d => d.Code == "HS45");
            Assert.Equal((first.BatchId, second.BatchId), (hs36.CreatedBatchId, hs36.LastBatchId));
            Assert.Equal(new DateTimeOffset(2025, 3, 26, 2, 0, 0, TimeSpan.Zero), hs36.FinishedAt);
            Assert.Equal((second.BatchId, second.BatchId, (DateTimeOffset?)null), (hs45.CreatedBatchId, hs45.LastBatchId, hs45.FinishedAt));
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_chunk_of_stored_codes_is_updated_and_a_chunk_of_new_codes_is_inserted_with_every_value_and_both_counted(string provider)
    {
        // On PostgreSQL the first chunk goes through the merge, the second (new codes only) straight into the table.
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 50);
        var first = await store.ImportAsync(store.WriteCsv(Rows(50)));
        var rows = Rows(100);
        rows[0] = Row("HS1", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-25T09:00", "da_tra");
        rows[99] = Row("HS100", "T.H1.X2", "2025-03-11T08:00", "2025-03-21T17:00", null, "dang_xu_ly", channel: "truc_tuyen");

        var second = await store.ImportAsync(store.WriteCsv(rows));

        Assert.Equal((50L, 50L), (second.Imported, second.Updated));
        await store.Database.InScopeAsync(async sp =>
        {
            Assert.Equal(100, await sp.CountAsync<Dossier>());
            var hs1 = await sp.Db().Set<Dossier>().AsNoTracking().SingleAsync(d => d.Code == "HS1");
            var hs100 = await sp.Db().Set<Dossier>().AsNoTracking().SingleAsync(d => d.Code == "HS100");
            Assert.Equal((first.BatchId, second.BatchId), (hs1.CreatedBatchId, hs1.LastBatchId));
            Assert.Equal(new DateTimeOffset(2025, 3, 25, 2, 0, 0, TimeSpan.Zero), hs1.FinishedAt);
            Assert.Equal((second.BatchId, second.BatchId, "test", "T.H1.X2"), (hs100.CreatedBatchId, hs100.LastBatchId, hs100.Source, hs100.UnitCode));
            Assert.Equal((new DateTimeOffset(2025, 3, 11, 1, 0, 0, TimeSpan.Zero), (DateTimeOffset?)null), (hs100.ReceivedAt, hs100.FinishedAt));
            Assert.Equal((ParPlan.Core.Dossiers.DossierChannel.Online, (bool?)true), (hs100.Channel, hs100.DossierDigitised));
            Assert.NotNull(hs100.ProcedureId);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_that_dies_after_two_chunks_keeps_exactly_those_chunks_and_a_rerun_continues_to_the_end(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 25);
        var file = store.WriteCsv(Rows(110, brokenEvery: 50));

        await Assert.ThrowsAsync<IOException>(() => store.ImportAsync(file, configure: importer => importer.AfterChunkCommitted = n =>
            n == 2 ? throw new IOException("mất điện") : Task.CompletedTask));

        var interrupted = await store.Database.InScopeAsync(sp => sp.Db().Set<ImportBatch>().AsNoTracking().SingleAsync());
        Assert.Equal(ImportStatus.Failed, interrupted.Status);
        Assert.Equal(51, interrupted.LastCommittedLine);
        Assert.Equal(49, await store.Database.InScopeAsync(sp => sp.CountAsync<Dossier>()));

        var resumed = await store.ImportAsync(file);

        Assert.True(resumed.Resumed);
        Assert.Equal(interrupted.Id, resumed.BatchId);
        Assert.Equal((110L, 108L, 0L, 2L), (resumed.RowsRead, resumed.Imported, resumed.Updated, resumed.Rejected));
        Assert.Equal(108, await store.Database.InScopeAsync(sp => sp.CountAsync<Dossier>()));
        Assert.Equal([51L, 101L], resumed.Rejections.Select(r => r.Line));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_that_is_not_a_dossier_file_is_refused_as_unreadable(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        var path = Path.Combine(Path.GetTempPath(), $"parplan-not-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "a,b,c\n1,2,3\n");
        try
        {
            await Assert.ThrowsAsync<ParPlan.Core.Dossiers.DossierFileException>(() => store.ImportAsync(path));
            Assert.Equal(0, await store.Database.InScopeAsync(sp => sp.CountAsync<Dossier>()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_store_without_an_org_tree_takes_the_unit_codes_of_the_file_as_they_are(string provider)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        await using var database = await TestDatabase.CreateAsync(provider, s => s.AddDossierServices(configuration).AddIndicatorServices(configuration));
        var path = Path.Combine(Path.GetTempPath(), $"parplan-bare-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, Header + "\n" + Row("B1", "BAT.KY", "2025-03-10T08:00", "2025-03-20T17:00", null, "dang_xu_ly") + "\n");
        try
        {
            var result = await database.InScopeAsync(sp => sp.GetRequiredService<DossierImporter>().ImportAsync(path, "bare"));

            Assert.Equal((1L, 0L), (result.Imported, result.Rejected));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
