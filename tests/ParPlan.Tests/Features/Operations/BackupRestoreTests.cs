using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Cli;
using ParPlan.Data;
using ParPlan.Features.Operations;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Operations;

public sealed class BackupRestoreTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("parplan-ops-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        work.Delete(recursive: true);
    }

    [Fact]
    public async Task Backup_while_the_store_is_in_use_restores_into_an_empty_folder()
    {
        await using var database = await StoreWithUnitsAsync("UBND tỉnh Quảng Trị", "Sở Nội vụ");
        var file = Path.Combine(work.FullName, "sao-luu.zip");
        await using var busy = database.Services.CreateAsyncScope();
        var db = busy.ServiceProvider.Db();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Units.Add(new Unit { Code = "UNCOMMITTED", Name = "Chưa lưu", Kind = UnitKind.Office, Level = UnitLevel.Agency });
        await db.SaveChangesAsync();

        var (backupCode, _, _) = await Run(BackupCommands.BackupAsync, file, database.Options.DataDirectory);
        await transaction.RollbackAsync();
        var target = Path.Combine(work.FullName, "moi");
        var (restoreCode, stdout, _) = await Run(BackupCommands.RestoreAsync, file, target);

        Assert.Equal(CliApp.Ok, backupCode);
        Assert.Equal(CliApp.Ok, restoreCode);
        Assert.Contains("Đã khôi phục", stdout, StringComparison.Ordinal);
        Assert.Equal(["Sở Nội vụ", "UBND tỉnh Quảng Trị"], await UnitNamesAsync(Path.Combine(target, "parplan.db")));
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_is_refused_with_exit_2_and_nothing_is_written()
    {
        var notBackup = Path.Combine(work.FullName, "ke-hoach.txt");
        await File.WriteAllTextAsync(notBackup, "Kế hoạch cải cách hành chính năm 2026");
        var target = Path.Combine(work.FullName, "dich");

        var text = await Run(BackupCommands.RestoreAsync, notBackup, target);

        Assert.Equal(CliApp.BadInput, text.Code);
        Assert.Contains("không phải là bản sao lưu ParPlan", text.Stderr, StringComparison.Ordinal);
        Assert.Contains("Dữ liệu hiện tại không bị thay đổi", text.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task A_loose_sqlite_file_is_refused_as_not_a_backup()
    {
        var foreign = Path.Combine(work.FullName, "khac.db");
        await using (var connection = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE HoSo (Id INTEGER PRIMARY KEY, Ten TEXT)";
            await command.ExecuteNonQueryAsync();
        }

        var result = await Run(BackupCommands.RestoreAsync, foreign, Path.Combine(work.FullName, "dich"));

        Assert.Equal(CliApp.BadInput, result.Code);
        Assert.Contains("không phải là bản sao lưu ParPlan", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_that_finds_the_store_locked_for_a_moment_waits_and_completes()
    {
        await using var database = await StoreWithUnitsAsync("UBND tỉnh Quảng Trị");
        var file = Path.Combine(work.FullName, "sao-luu.zip");
        var holder = await LockAsync(database.Options.SqliteFilePath);

        var backup = Task.Run(() => Run(BackupCommands.BackupAsync, file, database.Options.DataDirectory, "--Database:SqliteBusyTimeoutMs=20000"));
        await Task.Delay(700);
        var waited = !backup.IsCompleted;
        await holder.DisposeAsync();
        var (code, _, stderr) = await backup;

        var target = Path.Combine(work.FullName, "moi");
        var restore = await Run(BackupCommands.RestoreAsync, file, target);

        Assert.True(waited);
        Assert.True(code == CliApp.Ok, stderr);
        Assert.True(restore.Code == CliApp.Ok, restore.Stderr);
        Assert.Equal(["UBND tỉnh Quảng Trị"], await UnitNamesAsync(Path.Combine(target, "parplan.db")));
    }

    [Fact]
    public async Task A_backup_that_finds_the_store_locked_longer_than_the_busy_timeout_says_so_and_writes_no_file()
    {
        await using var database = await StoreWithUnitsAsync("UBND tỉnh Quảng Trị");
        var file = Path.Combine(work.FullName, "sao-luu.zip");
        await using var holder = await LockAsync(database.Options.SqliteFilePath);

        var (code, _, stderr) = await Run(BackupCommands.BackupAsync, file, database.Options.DataDirectory, "--Database:SqliteBusyTimeoutMs=1000");

        Assert.Equal(CliApp.Internal, code);
        Assert.Contains("bị khoá quá 1 giây, chưa sao lưu được", stderr, StringComparison.Ordinal);
        Assert.Empty(work.GetFiles());
    }

    /// <summary>A connection that keeps the store to itself until disposed, as SQLite does for a moment while the last
    /// connection checkpoints and removes the log on close (the pooled connections are closed first, so it is alone).</summary>
    private static async Task<SqliteConnection> LockAsync(string path)
    {
        SqliteConnection.ClearAllPools();
        var holder = new SqliteConnection($"Data Source={path};Pooling=False");
        await holder.OpenAsync();
        await using var command = holder.CreateCommand();
        command.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN IMMEDIATE; UPDATE \"Units\" SET \"Name\" = \"Name\"; COMMIT;";
        await command.ExecuteNonQueryAsync();
        return holder;
    }

    [Fact]
    public async Task Restore_refuses_a_folder_that_holds_data_and_leaves_it_untouched()
    {
        await using var source = await StoreWithUnitsAsync("UBND tỉnh Quảng Trị");
        var file = Path.Combine(work.FullName, "sao-luu.zip");
        Assert.Equal(CliApp.Ok, (await Run(BackupCommands.BackupAsync, file, source.Options.DataDirectory)).Code);
        await using var current = await StoreWithUnitsAsync("UBND xã Vĩnh Linh");
        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(current.Options.SqliteFilePath);

        var result = await Run(BackupCommands.RestoreAsync, file, current.Options.DataDirectory);

        Assert.Equal(CliApp.BadInput, result.Code);
        Assert.Contains("không trống", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(current.Options.SqliteFilePath));
        Assert.Equal(["UBND xã Vĩnh Linh"], await UnitNamesAsync(current.Options.SqliteFilePath));
    }

    [Fact]
    public async Task Backup_of_a_missing_store_or_of_postgres_without_a_connection_string_is_bad_input()
    {
        var missing = await Run(BackupCommands.BackupAsync, Path.Combine(work.FullName, "x.zip"), Path.Combine(work.FullName, "khong-co"));
        var postgres = await Run(BackupCommands.BackupAsync, Path.Combine(work.FullName, "x.zip"), work.FullName, "--Database:Provider=Postgres", "--ConnectionStrings:Postgres=");

        Assert.Equal(CliApp.BadInput, missing.Code);
        Assert.Contains("Không tìm thấy cơ sở dữ liệu", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(CliApp.BadInput, postgres.Code);
        Assert.Contains("ConnectionStrings:Postgres", postgres.Stderr, StringComparison.Ordinal);
        Assert.Empty(work.GetFiles());
    }

    private static async Task<TestDatabase> StoreWithUnitsAsync(params string[] names)
    {
        var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrgCommands>();
            for (var i = 0; i < names.Length; i++)
            {
                await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest($"U{i}", names[i], UnitKind.Department, UnitLevel.Agency, null, null)));
            }
        });
        return database;
    }

    private static async Task<List<string>> UnitNamesAsync(string path)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
        await using var db = new SqliteAppDbContext(options);
        return await db.Units.OrderBy(u => u.Name).Select(u => u.Name).ToListAsync();
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(Func<string[], TextWriter, TextWriter, Task<int>> verb, string file, string dataDir, params string[] extra)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await verb([file, "--data", dataDir, .. extra], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
