using Microsoft.Data.Sqlite;
using Npgsql;
using ParPlan.Cli;
using ParPlan.Data;
using ParPlan.Hosting;

namespace ParPlan.Features.Operations;

/// <summary><c>parplan backup FILE [--data DIR]</c>, <c>parplan backup verify FILE</c> and <c>parplan restore FILE [--data DIR]</c>
/// (<see cref="RestoreCommand"/>). A backup is one zip: the database (SQLite file or PostgreSQL custom-format dump), every
/// evidence file, the data-protection keys, and a manifest with each part's SHA-256 and the row count of each table.</summary>
public static class BackupCommands
{
    public const string Usage = "Cách dùng: parplan backup FILE [--data DIR]  |  parplan backup verify FILE";

    public static Task<int> BackupAsync(string[] args) => BackupAsync(args, Console.Out, Console.Error);

    public static Task<int> RestoreAsync(string[] args) => RestoreAsync(args, Console.Out, Console.Error);

    public static Task<int> RestoreAsync(string[] args, TextWriter stdout, TextWriter stderr) => RestoreCommand.RunAsync(args, stdout, stderr);

    public static Task<int> BackupAsync(string[] args, TextWriter stdout, TextWriter stderr) => BackupAsync(args, stdout, stderr, TimeProvider.System);

    /// <summary>SQLite: a consistent online copy through SQLite's backup API, safe while the app is running (a moment's lock
    /// is waited out, up to <c>Database:SqliteBusyTimeoutMs</c>). PostgreSQL: <c>pg_dump</c> of one snapshot.</summary>
    public static async Task<int> BackupAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var cli = CommandLineArgs.Parse(args);
        PostgresTools.BinDirectory = cli.Settings["Backup:PgBinDirectory"];
        if (cli.Positional is ["verify", var verify])
        {
            return await VerifyAsync(Path.GetFullPath(verify), stdout, stderr);
        }

        if (cli.Positional.Count != 1)
        {
            await stderr.WriteLineAsync(Usage);
            return CliApp.BadInput;
        }

        var target = Path.GetFullPath(cli.Positional[0]);
        var temp = target + ".db-tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var database = cli.Database.Provider == DatabaseProvider.Postgres
                ? await DumpPostgresAsync(cli.Database, temp)
                : await CopySqliteAsync(cli.Database, temp);
            if (!database.IsSuccess)
            {
                await stderr.WriteLineAsync(database.Error!.Message);
                return database.Error.Code == "invalid" ? CliApp.BadInput : CliApp.Internal;
            }

            var manifest = await BackupArchive.WriteAsync(target, database.Value!, cli.Database.DataDirectory, time.GetUtcNow());
            await stdout.WriteLineAsync($"Đã sao lưu vào {target} ({new FileInfo(target).Length / 1024} KB): cơ sở dữ liệu {manifest.Database!.Size / 1024} KB, "
                + $"{manifest.EvidenceFiles} tệp minh chứng, {manifest.KeyFiles} tệp khoá. Kiểm tra bằng: parplan backup verify {target}");
            var missing = database.Value!.Facts.MissingEvidence(manifest.Parts);
            if (missing.Count > 0)
            {
                await stderr.WriteLineAsync($"Cảnh báo: {missing.Count} minh chứng trong cơ sở dữ liệu không có tệp trong thư mục dữ liệu {Path.GetFullPath(cli.Database.DataDirectory)} "
                    + $"(ví dụ {missing[0]}), nên bản sao lưu cũng không có; sau khi khôi phục, tải các minh chứng đó sẽ báo không tìm thấy. Kiểm tra --data.");
            }

            return CliApp.Ok;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Checks a backup as <c>restore</c> would, without restoring it, and prints its manifest.</summary>
    public static async Task<int> VerifyAsync(string file, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"Không tìm thấy tệp sao lưu: {file}");
            return CliApp.BadInput;
        }

        var work = Directory.CreateTempSubdirectory("parplan-verify-");
        try
        {
            var opened = BackupReader.Open(file);
            if (!opened.IsSuccess)
            {
                await stderr.WriteLineAsync($"Bản sao lưu {file} KHÔNG dùng được: {opened.Error!.Message}");
                return CliApp.BadInput;
            }

            using var reader = opened.Value!;
            var check = await BackupCheck.VerifyAsync(reader, work.FullName);
            if (!check.IsSuccess)
            {
                await stderr.WriteLineAsync($"Bản sao lưu {file} KHÔNG dùng được: {check.Error!.Message}");
                return CliApp.BadInput;
            }

            await stdout.WriteLineAsync(BackupSummary.Describe(file, reader.Manifest));
            return CliApp.Ok;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static async Task<Result<BackupArchive.DatabaseCopy>> CopySqliteAsync(DatabaseOptions options, string temp)
    {
        var source = options.SqliteFilePath;
        if (!File.Exists(source))
        {
            return Error.Invalid($"Không tìm thấy cơ sở dữ liệu: {source}");
        }

        await using (var from = Open(source, SqliteOpenMode.ReadWrite, options.SqliteBusyTimeoutMs))
        await using (var to = Open(temp, SqliteOpenMode.ReadWriteCreate, options.SqliteBusyTimeoutMs))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            if (!await CopyAsync(from, to, options.SqliteBusyTimeoutMs))
            {
                return new Error("locked", $"Cơ sở dữ liệu {source} bị khoá quá {Math.Max(1, options.SqliteBusyTimeoutMs / 1000)} giây, chưa sao lưu được. "
                    + "Hãy thử lại sau ít phút, hoặc tăng Database:SqliteBusyTimeoutMs.");
            }

            // One self-contained file: no -wal beside it inside the archive. Restore puts it back in WAL mode.
            await using var command = to.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE";
            await command.ExecuteNonQueryAsync();
        }

        var facts = await SqliteStoreFile.MeasureAsync(temp);
        SqliteConnection.ClearAllPools();
        return new BackupArchive.DatabaseCopy(temp, BackupManifest.SqlitePart, BackupCheck.Sqlite, facts);
    }

    private static async Task<Result<BackupArchive.DatabaseCopy>> DumpPostgresAsync(DatabaseOptions options, string temp)
    {
        if (PostgresTools.Find("pg_dump") is null) return PostgresTools.Missing("pg_dump");
        if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            return Error.Invalid("Thiếu chuỗi kết nối ConnectionStrings:Postgres.");
        }

        try
        {
            await using var snapshot = await PostgresStore.BeginSnapshotAsync(options.PostgresConnectionString, CancellationToken.None);
            var facts = await snapshot.MeasureAsync(CancellationToken.None);
            var dumped = await PostgresTools.DumpAsync(options.PostgresConnectionString, snapshot.Id, temp, CancellationToken.None);
            if (!dumped.IsSuccess) return new Error("dump", $"Không sao lưu được cơ sở dữ liệu PostgreSQL: {dumped.Error!.Message}");
            return new BackupArchive.DatabaseCopy(temp, BackupManifest.PostgresPart, BackupCheck.Postgres, facts);
        }
        catch (NpgsqlException ex)
        {
            return new Error("connect", $"Không kết nối được cơ sở dữ liệu PostgreSQL (ConnectionStrings:Postgres): {ex.Message}");
        }
    }

    /// <summary>Runs the backup, starting again while the source is locked (SQLITE_BUSY or SQLITE_LOCKED): a connection of
    /// the running app that checkpoints and removes the log as it closes holds the file alone for a moment, and the backup
    /// API gives up at once instead of waiting. False when the lock outlasts the busy timeout.</summary>
    private static async Task<bool> CopyAsync(SqliteConnection from, SqliteConnection to, int busyTimeoutMs)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                from.BackupDatabase(to);
                return true;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
            {
                if (clock.ElapsedMilliseconds >= Math.Max(1000, busyTimeoutMs)) return false;
                await Task.Delay(100);
            }
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode, int busyTimeoutMs) =>
        new(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = Math.Max(1, busyTimeoutMs / 1000),
        }.ToString());
}
