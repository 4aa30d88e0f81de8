using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParPlan.Core.Dossiers;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Records;
using ParPlan.Tests.Data;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>The first load of a PostgreSQL store (<see cref="PostgresFirstLoad"/>): into an empty <c>Dossiers</c> the
/// file goes in one transaction without the secondary indexes, which come back exactly as the migrations made them; a
/// failure or a crash leaves nothing behind and a re-run completes; duplicates and a concurrent import end as on the
/// chunked path. SQLite keeps its chunked import, and every test checks it ends the same way.</summary>
public class PostgresFirstLoadTests
{
    private const int Chunk = 100;

    private static List<string> Rows(int count, string prefix = "HS") =>
        Enumerable.Range(1, count).Select(i => Row($"{prefix}{i:D5}", i % 2 == 0 ? "T.H1.X1" : "T.H1.X2", "2025-03-10T08:00", "2025-03-20T17:00",
            i % 3 == 0 ? null : "2025-03-12T09:00", i % 3 == 0 ? "dang_xu_ly" : "da_tra")).ToList();

    /// <summary>A store whose every import into an empty table is a first load (no size threshold).</summary>
    private static Task<DossierStore> StoreAsync(string provider, long firstLoadMinBytes = 0) =>
        DossierStore.CreateAsync(provider, chunkSize: Chunk, configure: s => s.Configure<DossierImportOptions>(o => o.FirstLoadMinBytes = firstLoadMinBytes));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Into_an_empty_store_the_file_loads_in_one_transaction_on_PostgreSQL_and_the_indexes_come_back_as_the_migrations_made_them(string provider)
    {
        await using var store = await StoreAsync(provider);
        var before = await IndexesAsync(store);

        var result = await store.ImportAsync(store.WriteCsv(Rows(450)));

        Assert.Equal((450L, 450L, 0L, 0L), (result.RowsRead, result.Imported, result.Updated, result.Rejected));
        Assert.Equal(450, await store.Database.InScopeAsync(sp => sp.CountAsync<Dossier>()));
        Assert.Equal(before, await IndexesAsync(store));
        // One commit for the whole file on PostgreSQL; SQLite commits chunk by chunk as before (4 full chunks and the last).
        Assert.Equal(provider == TestDatabase.Postgres ? 1 : 5, await ChunkAuditsAsync(store));
        if (provider == TestDatabase.Postgres)
        {
            Assert.Contains(before, i => i.Contains("UNIQUE INDEX \"IX_Dossiers_Code_Source\"", StringComparison.Ordinal));
            Assert.Contains(before, i => i.Contains("WHERE (\"FinishedAt\" IS NULL)", StringComparison.Ordinal));
            Assert.Contains(before, i => i == "\"Dossiers\".PK_Dossiers: PRIMARY KEY (\"Id\")");
            Assert.Contains(before, i => i.Contains("\"LateDossierApologies\".FK_LateDossierApologies_Dossiers_DossierId: FOREIGN KEY (\"DossierId\") REFERENCES \"Dossiers\"(\"Id\") ON DELETE CASCADE", StringComparison.Ordinal));
        }

        // The second file finds rows: chunked, and its codes already stored are updated through the rebuilt unique index.
        var again = await store.ImportAsync(store.WriteCsv(Rows(150).Select(r => r.Replace("T.H1.X2", "T.H1.X1", StringComparison.Ordinal))));
        Assert.Equal((0L, 150L), (again.Imported, again.Updated));
        Assert.Equal(450, await store.Database.InScopeAsync(sp => sp.CountAsync<Dossier>()));

        // The keys are enforced again: a stored key is refused a second time, an apology needs a stored dossier, and
        // removing a dossier removes its apology.
        var id = await store.Database.InScopeAsync(sp => sp.Db().Set<Dossier>().OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.Database.InScopeAsync(sp => sp.Db().Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Dossiers\" (\"Id\", \"Source\", \"Code\", \"UnitCode\", \"ReceivedAt\", \"DueAt\", \"Status\", \"Channel\", \"CreatedBatchId\", \"LastBatchId\") " +
            "SELECT \"Id\", \"Source\", \"Code\" || 'x', \"UnitCode\", \"ReceivedAt\", \"DueAt\", \"Status\", \"Channel\", \"CreatedBatchId\", \"LastBatchId\" " +
            "FROM \"Dossiers\" WHERE \"Id\" = {0}", id)));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => AddApologyAsync(store, -1));
        await AddApologyAsync(store, id);
        await store.Database.InScopeAsync(sp => sp.Db().Set<Dossier>().Where(d => d.Id == id).ExecuteDeleteAsync());
        Assert.Equal(0, await store.Database.InScopeAsync(sp => sp.CountAsync<LateDossierApology>()));
    }

    private static Task AddApologyAsync(DossierStore store, long dossierId) => store.Database.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        db.Add(new LateDossierApology { DossierId = dossierId, RecordedBy = "test", RecordedAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync();
    });

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Duplicate_codes_in_a_first_load_end_exactly_as_on_the_chunked_path(string provider)
    {
        var rows = Rows(250);
        rows[120] = Row("HS00007", "T.H1.X1", "2025-04-01T08:00", "2025-04-10T17:00", null, "dang_xu_ly"); // line 122 repeats line 8
        rows[240] = rows[3]; // line 242 repeats line 5 exactly
        await using var firstLoad = await StoreAsync(provider);
        await using var chunked = await StoreAsync(provider, firstLoadMinBytes: long.MaxValue);

        var loaded = await firstLoad.ImportAsync(firstLoad.WriteCsv(rows));
        var byChunk = await chunked.ImportAsync(chunked.WriteCsv(rows));

        Assert.Equal((250L, 248L, 0L, 2L), (loaded.RowsRead, loaded.Imported, loaded.Updated, loaded.Rejected));
        Assert.Equal((byChunk.RowsRead, byChunk.Imported, byChunk.Updated, byChunk.Rejected), (loaded.RowsRead, loaded.Imported, loaded.Updated, loaded.Rejected));
        Assert.Equal(byChunk.Rejections.Select(r => (r.Line, r.Reason)), loaded.Rejections.Select(r => (r.Line, r.Reason)));
        Assert.Equal([122L, 242L], loaded.Rejections.Select(r => r.Line));
        Assert.Equal(await StoredAsync(chunked), await StoredAsync(firstLoad));
        Assert.Equal(provider == TestDatabase.Postgres ? 1 : 3, await ChunkAuditsAsync(firstLoad));
    }

    public static TheoryData<string, string> Faults()
    {
        var data = new TheoryData<string, string> { { TestDatabase.Sqlite, "error" } };
        if (!string.IsNullOrWhiteSpace(TestDatabase.PostgresConnectionString) || TestDatabase.PostgresRequired)
        {
            data.Add(TestDatabase.Postgres, "error");
            data.Add(TestDatabase.Postgres, "killed");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_failure_or_a_crash_in_the_middle_of_a_first_load_stores_no_dossier_loses_no_index_and_running_it_again_completes(string provider, string fault)
    {
        await using var store = await StoreAsync(provider);
        var before = await IndexesAsync(store);
        var file = store.WriteCsv(Rows(600));

        // The reader stops at the 500th row, once the first chunks have been copied (the sequence shows the reservations).
        var failed = await Record.ExceptionAsync(() => store.ImportAsync(file, configure: importer => AtRow(importer, 500, () =>
        {
            if (provider == TestDatabase.Sqlite) throw new IOException("mất điện");
            WaitForKeys(store, 2 * Chunk);
            if (fault == "killed") Execute(store, "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE relation = '\"Dossiers\"'::regclass AND mode = 'AccessExclusiveLock'");
            else throw new IOException("mất điện");
        })));
        Assert.NotNull(failed);

        var batch = await store.Database.InScopeAsync(sp => sp.Db().Set<ImportBatch>().AsNoTracking().SingleAsync());
        var stored = await store.Database.InScopeAsync(sp => sp.CountAsync<Dossier>());
        Assert.NotEqual(ImportStatus.Completed, batch.Status);
        Assert.Equal(before, await IndexesAsync(store));
        if (provider == TestDatabase.Postgres)
        {
            Assert.Equal((0, 0L), (stored, batch.LastCommittedLine));
            if (fault == "error")
            {
                Assert.Equal(ImportStatus.Failed, batch.Status);
                Assert.Contains("chưa lưu hồ sơ nào", batch.Error, StringComparison.Ordinal);
                Assert.Contains("chạy lại", batch.Error, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.Equal(batch.Imported, stored); // SQLite keeps its whole chunks and continues after them
        }

        var rerun = await store.ImportAsync(file);

        Assert.Equal(batch.Id, rerun.BatchId);
        Assert.Equal(provider == TestDatabase.Sqlite && batch.LastCommittedLine > 0, rerun.Resumed);
        Assert.Equal((600L, 600L, 0L), (rerun.RowsRead, rerun.Imported + rerun.Updated, rerun.Rejected));
        Assert.Equal(600, await store.Database.InScopeAsync(sp => sp.CountAsync<Dossier>()));
        Assert.Equal(before, await IndexesAsync(store));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_started_during_a_first_load_waits_for_it_then_adds_its_own_rows_chunk_by_chunk(string provider)
    {
        await using var store = await StoreAsync(provider);
        var before = await IndexesAsync(store);
        var first = store.WriteCsv(Rows(600, "A"));
        var second = store.WriteCsv(Rows(300, "B"));
        using var release = new ManualResetEventSlim();

        var loading = Task.Run(() => store.ImportAsync(first, configure: importer => AtRow(importer, 300, () =>
        {
            if (!release.Wait(TimeSpan.FromSeconds(60))) throw new TimeoutException("never released");
        })));
        if (provider == TestDatabase.Postgres) await WaitUntilAsync(store, "SELECT count(*) FROM pg_locks WHERE relation = '\"Dossiers\"'::regclass AND mode = 'AccessExclusiveLock' AND granted");
        var added = Task.Run(() => store.ImportAsync(second));
        if (provider == TestDatabase.Postgres) await WaitUntilAsync(store, "SELECT count(*) FROM pg_locks WHERE relation = '\"Dossiers\"'::regclass AND NOT granted");
        release.Set();
        var (a, b) = (await loading, await added);

        Assert.Equal((600L, 0L), (a.Imported, a.Updated));
        Assert.Equal((300L, 0L), (b.Imported, b.Updated));
        Assert.Equal(900, await store.Database.InScopeAsync(sp => sp.CountAsync<Dossier>()));
        Assert.Equal(before, await IndexesAsync(store));
        var keys = await store.Database.InScopeAsync(sp => sp.Db().Set<Dossier>().Select(d => d.Id).ToListAsync());
        Assert.Equal(900, keys.Distinct().Count());
    }

    [Fact]
    public async Task A_reader_holding_the_apologies_and_waiting_for_the_dossiers_does_not_make_a_first_load_fail()
    {
        if (!TestDatabase.PostgresRequired && string.IsNullOrWhiteSpace(TestDatabase.PostgresConnectionString)) return;
        await using var store = await StoreAsync(TestDatabase.Postgres);
        var before = await IndexesAsync(store);

        // The reader has read the apologies in its transaction; the load then locks the dossiers and asks for the
        // apologies, and the reader asks for the dossiers: a deadlock the server breaks by ending one side.
        await using var reader = new NpgsqlConnection(store.Database.Options.PostgresConnectionString);
        await reader.OpenAsync();
        await using var readTx = await reader.BeginTransactionAsync();
        await using (var apologies = new NpgsqlCommand("SELECT count(*) FROM \"LateDossierApologies\"", reader, readTx)) await apologies.ExecuteScalarAsync();
        var loading = Task.Run(() => store.ImportAsync(store.WriteCsv(Rows(300))));
        await WaitUntilAsync(store, "SELECT count(*) FROM pg_locks WHERE relation = '\"LateDossierApologies\"'::regclass AND mode = 'AccessExclusiveLock' AND NOT granted");
        await using (var dossiers = new NpgsqlCommand("SELECT count(*) FROM \"Dossiers\"", reader, readTx))
        {
            try
            {
                await dossiers.ExecuteScalarAsync();
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected)
            {
                // the server ended the reader's side
            }
        }

        await readTx.RollbackAsync();
        var loaded = await loading;

        Assert.Equal((300L, 300L, 0L), (loaded.RowsRead, loaded.Imported, loaded.Rejected));
        Assert.Equal(300, await store.Database.InScopeAsync(sp => sp.CountAsync<Dossier>()));
        Assert.Equal(before, await IndexesAsync(store));
    }

    /// <summary>Runs <paramref name="action"/> on the reading thread once <paramref name="row"/> rows have been read.</summary>
    private static void AtRow(DossierImporter importer, int row, Action action)
    {
        importer.ProgressInterval = row;
        importer.Progress = new OnRow(row, action);
    }

    private sealed class OnRow(int row, Action action) : IProgress<DossierReadProgress>
    {
        public void Report(DossierReadProgress value)
        {
            if (value.Rows == row) action();
        }
    }

    /// <summary>The dossiers as stored, in code order, without their keys.</summary>
    private static async Task<List<string>> StoredAsync(DossierStore store)
    {
        var rows = await store.Database.InScopeAsync(sp => sp.Db().Set<Dossier>().AsNoTracking()
            .Select(d => new { d.Source, d.Code, d.UnitCode, d.ReceivedAt, d.DueAt, d.FinishedAt, d.Status, d.Channel, d.DossierDigitised }).ToListAsync());
        return rows.Select(d => $"{d.Source}|{d.Code}|{d.UnitCode}|{d.ReceivedAt:O}|{d.DueAt:O}|{d.FinishedAt:O}|{d.Status}|{d.Channel}|{d.DossierDigitised}")
            .Order(StringComparer.Ordinal).ToList();
    }

    private static Task<int> ChunkAuditsAsync(DossierStore store) =>
        store.Database.InScopeAsync(sp => sp.Db().AuditEntries.CountAsync(a => a.EntityType == "DossierImportChunk"));

    /// <summary>Dossiers' indexes and constraints, and the foreign keys of other tables that refer to it, name and
    /// definition (PostgreSQL; a constraint added back unchecked would say so); SQLite's from its schema.</summary>
    private static Task<List<string>> IndexesAsync(DossierStore store) => store.Database.InScopeAsync(sp => sp.Db().Database.SqlQueryRaw<string>(
        store.Database.Options.Provider == ParPlan.Data.DatabaseProvider.Postgres
            ? "SELECT indexname || ': ' || indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'Dossiers' " +
              "UNION ALL SELECT conrelid::regclass::text || '.' || conname || ': ' || pg_get_constraintdef(oid) || CASE WHEN convalidated THEN '' ELSE ' NOT VALIDATED' END " +
              "FROM pg_constraint WHERE conrelid = '\"Dossiers\"'::regclass OR confrelid = '\"Dossiers\"'::regclass ORDER BY 1"
            : "SELECT name || ': ' || COALESCE(sql, '') AS \"Value\" FROM sqlite_master WHERE (type = 'index' AND tbl_name = 'Dossiers') " +
              "OR (type = 'table' AND name IN ('Dossiers', 'LateDossierApologies')) ORDER BY name").ToListAsync());

    private static void WaitForKeys(DossierStore store, long keys)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (Scalar(store, "SELECT last_value FROM \"Dossiers_Id_seq\"") < keys)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("no chunk copied");
            Thread.Sleep(20);
        }
    }

    private static async Task WaitUntilAsync(DossierStore store, string countSql)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (Scalar(store, countSql) == 0)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException(countSql);
            await Task.Delay(20);
        }
    }

    private static long Scalar(DossierStore store, string sql)
    {
        using var connection = new NpgsqlConnection(store.Database.Options.PostgresConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(DossierStore store, string sql) => Scalar(store, $"SELECT count(*) FROM ({sql}) x");
}
