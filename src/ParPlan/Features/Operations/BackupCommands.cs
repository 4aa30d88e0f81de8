using Microsoft.Data.Sqlite;
using ParPlan.Cli;
using ParPlan.Data;

namespace ParPlan.Features.Operations;

/// <summary><c>parplan backup FILE [--data DIR]</c> and <c>parplan restore FILE [--data DIR]</c>.</summary>
public static class BackupCommands
{
    public const string PostgresHint = "Với PostgreSQL, dùng pg_dump / pg_restore (xem docs/operations.md).";

    public static Task<int> BackupAsync(string[] args) => BackupAsync(args, Console.Out, Console.Error);

    public static Task<int> RestoreAsync(string[] args) => RestoreAsync(args, Console.Out, Console.Error);

    /// <summary>A consistent online copy through SQLite's backup API: safe while the app is running (a moment's lock is
    /// waited out, up to <c>Database:SqliteBusyTimeoutMs</c>).</summary>
    public static async Task<int> BackupAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var cli = CliData.Parse(args);
        if (cli.Positional.Count != 1)
        {
            await stderr.WriteLineAsync("Cách dùng: parplan backup FILE [--data DIR]");
            return CliApp.BadInput;
        }

        if (cli.Database.Provider == DatabaseProvider.Postgres)
        {
            await stderr.WriteLineAsync(PostgresHint);
            return CliApp.BadInput;
        }

        var source = cli.Database.SqliteFilePath;
        if (!File.Exists(source))
        {
            await stderr.WriteLineAsync($"Không tìm thấy cơ sở dữ liệu: {source}");
            return CliApp.BadInput;
        }

        var target = Path.GetFullPath(cli.Positional[0]);
        var temp = target + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await using (var from = Open(source, SqliteOpenMode.ReadWrite, cli.Database.SqliteBusyTimeoutMs))
            await using (var to = Open(temp, SqliteOpenMode.ReadWriteCreate, cli.Database.SqliteBusyTimeoutMs))
            {
                await from.OpenAsync();
                await to.OpenAsync();
                if (!await CopyAsync(from, to, cli.Database.SqliteBusyTimeoutMs))
                {
                    await stderr.WriteLineAsync($"Cơ sở dữ liệu {source} bị khoá quá {Math.Max(1, cli.Database.SqliteBusyTimeoutMs / 1000)} giây, chưa sao lưu được. "
                        + "Hãy thử lại sau ít phút, hoặc tăng Database:SqliteBusyTimeoutMs.");
                    return CliApp.Internal;
                }

                await using var command = to.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=DELETE";
                await command.ExecuteNonQueryAsync();
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        await stdout.WriteLineAsync($"Đã sao lưu {source} vào {target} ({new FileInfo(target).Length / 1024} KB).");
        return CliApp.Ok;
    }

    /// <summary>Validates the file on a private copy, then puts it in place, only into an empty data folder.</summary>
    public static async Task<int> RestoreAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var cli = CliData.Parse(args);
        if (cli.Positional.Count != 1)
        {
            await stderr.WriteLineAsync("Cách dùng: parplan restore FILE [--data DIR]");
            return CliApp.BadInput;
        }

        if (cli.Database.Provider == DatabaseProvider.Postgres)
        {
            await stderr.WriteLineAsync(PostgresHint);
            return CliApp.BadInput;
        }

        var file = Path.GetFullPath(cli.Positional[0]);
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"Không tìm thấy tệp sao lưu: {file}");
            return CliApp.BadInput;
        }

        var folder = Path.GetFullPath(cli.Database.DataDirectory);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            await stderr.WriteLineAsync($"Thư mục dữ liệu {folder} không trống. Chỉ khôi phục vào thư mục trống: chọn --data THƯ_MỤC_MỚI, hoặc tự di chuyển dữ liệu hiện tại đi nơi khác trước. Dữ liệu hiện tại không bị thay đổi.");
            return CliApp.BadInput;
        }

        var work = Directory.CreateTempSubdirectory("parplan-restore-");
        try
        {
            var copy = Path.Combine(work.FullName, DatabaseOptions.SqliteFileName);
            File.Copy(file, copy);
            var check = await SqliteStoreFile.ValidateAsync(copy);
            SqliteConnection.ClearAllPools();
            if (!check.IsSuccess)
            {
                await stderr.WriteLineAsync($"Không khôi phục: {check.Error!.Message} Dữ liệu hiện tại không bị thay đổi.");
                return CliApp.BadInput;
            }

            Directory.CreateDirectory(folder);
            var staging = Path.Combine(folder, DatabaseOptions.SqliteFileName + ".restoring");
            File.Copy(copy, staging);
            File.Move(staging, Path.Combine(folder, DatabaseOptions.SqliteFileName));
            await stdout.WriteLineAsync($"Đã khôi phục {file} vào {folder} ({check.Value} đơn vị).");
            return CliApp.Ok;
        }
        finally
        {
            work.Delete(recursive: true);
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
