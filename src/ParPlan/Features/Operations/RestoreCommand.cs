using Microsoft.Data.Sqlite;
using Npgsql;
using ParPlan.Cli;
using ParPlan.Data;
using ParPlan.Hosting;

namespace ParPlan.Features.Operations;

/// <summary><c>parplan restore FILE [--data DIR]</c>: checks ALL of the backup before writing anything (see
/// <see cref="BackupCheck"/>), then writes into an empty data folder (SQLite store, evidence, keys) or, for PostgreSQL,
/// into a new or empty database (<c>--database NAME</c> or the connection string's) plus the data folder.</summary>
public static class RestoreCommand
{
    private const string Untouched = "Dữ liệu hiện tại không bị thay đổi.";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var cli = CommandLineArgs.Parse(args);
        PostgresTools.BinDirectory = cli.Settings["Backup:PgBinDirectory"];
        if (cli.Positional.Count != 1)
        {
            await stderr.WriteLineAsync("Cách dùng: parplan restore FILE [--data DIR] (PostgreSQL: thêm --database TÊN_CSDL_MỚI)");
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
            await stderr.WriteLineAsync($"Thư mục dữ liệu {folder} không trống. Chỉ khôi phục vào thư mục trống: chọn --data THƯ_MỤC_MỚI, hoặc tự di chuyển dữ liệu hiện tại đi nơi khác trước. {Untouched}");
            return CliApp.BadInput;
        }

        var opened = BackupReader.Open(file);
        if (!opened.IsSuccess) return await RefuseAsync(stderr, opened.Error!);
        using var reader = opened.Value!;
        var manifest = reader.Manifest;
        var provider = cli.Database.Provider == DatabaseProvider.Postgres ? BackupCheck.Postgres : BackupCheck.Sqlite;
        if (manifest.Provider != provider)
        {
            return await RefuseAsync(stderr, Error.Invalid($"Bản sao lưu này là của {manifest.Provider}, còn cấu hình hiện tại là {provider}: "
                + $"khôi phục với --Database:Provider={manifest.Provider}."));
        }

        var connection = provider == BackupCheck.Postgres ? TargetConnection(cli) : null;
        if (connection is not null)
        {
            var state = await TargetStateAsync(connection);
            if (!state.IsSuccess) return await RefuseAsync(stderr, state.Error!);
        }

        var space = BackupCheck.CheckSpace(folder, manifest.Parts.Sum(p => p.Size));
        if (!space.IsSuccess) return await RefuseAsync(stderr, space.Error!);

        var work = Directory.CreateTempSubdirectory("parplan-restore-");
        try
        {
            var check = await BackupCheck.VerifyAsync(reader, work.FullName);
            if (!check.IsSuccess) return await RefuseAsync(stderr, check.Error!);
            if (provider == BackupCheck.Sqlite)
            {
                await SqliteStoreFile.UseWalAsync(check.Value!);
                SqliteConnection.ClearAllPools();
            }

            var written = await WriteAsync(reader, folder, check.Value!, connection);
            if (!written.IsSuccess) return await RefuseAsync(stderr, written.Error!);
            var tables = manifest.Tables;
            await stdout.WriteLineAsync($"Đã khôi phục {file} vào {(connection is null ? folder : $"cơ sở dữ liệu {new NpgsqlConnectionStringBuilder(connection).Database} và {folder}")}: "
                + $"{tables.GetValueOrDefault("Units")} đơn vị, {tables.GetValueOrDefault("AspNetUsers")} người dùng, {tables.GetValueOrDefault("PlanTasks")} nhiệm vụ, "
                + $"{manifest.EvidenceFiles} tệp minh chứng, {manifest.KeyFiles} tệp khoá (bản sao lưu tạo lúc {DateText.Minute(manifest.CreatedAt)}).");
            return CliApp.Ok;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    /// <summary>Every part goes into a staging folder inside the target first; only when all are written (and, for
    /// PostgreSQL, the dump restored and its row counts match) are they moved into place. On failure nothing stays.</summary>
    private static async Task<Result<bool>> WriteAsync(BackupReader reader, string folder, string database, string? connection)
    {
        var created = !Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        var staging = Path.Combine(folder, ".parplan-restore-" + Guid.NewGuid().ToString("N")[..8]);
        var createdDatabase = false;
        var done = false;
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var part in reader.Manifest.Parts.Where(p => p.Path != reader.Manifest.DatabasePart))
            {
                var target = Path.GetFullPath(Path.Combine(staging, part.Path.Replace('/', Path.DirectorySeparatorChar)));
                if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    return Error.Invalid($"Phần \"{part.Path}\" trỏ ra ngoài thư mục dữ liệu.");
                }

                var extracted = await reader.ExtractAsync(part, target);
                if (!extracted.IsSuccess) return extracted.Error!;
            }

            if (connection is null)
            {
                File.Copy(database, Path.Combine(staging, DatabaseOptions.SqliteFileName));
            }
            else
            {
                createdDatabase = await PostgresStore.StateAsync(connection, CancellationToken.None) == PostgresStore.TargetState.Missing;
                if (createdDatabase) await PostgresStore.CreateAsync(connection, CancellationToken.None);
                var restored = await PostgresTools.RestoreAsync(connection, database, CancellationToken.None);
                if (!restored.IsSuccess) return restored.Error!;
                var facts = await PostgresStore.FactsAsync(connection, CancellationToken.None);
                var counts = BackupCheck.CompareCounts(reader.Manifest.Tables, facts.Tables);
                if (!counts.IsSuccess) return counts.Error!;
            }

            foreach (var entry in new DirectoryInfo(staging).EnumerateFileSystemInfos())
            {
                var destination = Path.Combine(folder, entry.Name);
                if (entry is DirectoryInfo directory) directory.MoveTo(destination);
                else ((FileInfo)entry).MoveTo(destination);
            }

            done = true;
            return true;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!done)
            {
                if (createdDatabase) await PostgresStore.DropAsync(connection!, CancellationToken.None);
                if (created) Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The target database: <c>--database NAME</c> replaces the connection string's database name.</summary>
    private static string? TargetConnection(CliArguments cli)
    {
        if (string.IsNullOrWhiteSpace(cli.Database.PostgresConnectionString)) return null;
        var builder = new NpgsqlConnectionStringBuilder(cli.Database.PostgresConnectionString);
        if (cli.Settings["database"] is { Length: > 0 } name) builder.Database = name;
        return builder.ToString();
    }

    private static async Task<Result<bool>> TargetStateAsync(string? connection)
    {
        if (connection is null) return Error.Invalid("Thiếu chuỗi kết nối ConnectionStrings:Postgres.");
        if (new NpgsqlConnectionStringBuilder(connection).Database is not { Length: > 0 } name)
        {
            return Error.Invalid("Chưa có tên cơ sở dữ liệu đích: thêm --database TÊN_CSDL_MỚI hoặc Database=… trong ConnectionStrings:Postgres.");
        }

        if (PostgresTools.Find("pg_restore") is null) return PostgresTools.Missing("pg_restore");
        try
        {
            return await PostgresStore.StateAsync(connection, CancellationToken.None) == PostgresStore.TargetState.HoldsData
                ? Error.Invalid($"Cơ sở dữ liệu PostgreSQL {name} đã có dữ liệu. Chỉ khôi phục vào cơ sở dữ liệu mới hoặc trống: chọn --database TÊN_MỚI.")
                : true;
        }
        catch (NpgsqlException ex)
        {
            return Error.Invalid($"Không kết nối được PostgreSQL (ConnectionStrings:Postgres): {ex.Message}");
        }
    }

    private static async Task<int> RefuseAsync(TextWriter stderr, Error error)
    {
        await stderr.WriteLineAsync($"Không khôi phục: {error.Message} {Untouched}");
        return CliApp.BadInput;
    }
}
