using System.Diagnostics;
using Npgsql;
using ParPlan.Data;

namespace ParPlan.Features.Operations;

/// <summary>PostgreSQL's own <c>pg_dump</c> and <c>pg_restore</c>, found in <c>Backup:PgBinDirectory</c>, on PATH, or in the
/// Debian/Ubuntu server package's folder. The connection goes through libpq's environment variables, so a password never
/// appears on a command line.</summary>
public static class PostgresTools
{
    /// <summary>Set by the verbs from <c>Backup:PgBinDirectory</c>; empty means PATH, then the packaged folders.</summary>
    public static string? BinDirectory { get; set; }

    public static string? Find(string tool)
    {
        var name = OperatingSystem.IsWindows() ? tool + ".exe" : tool;
        var folders = new List<string>();
        if (!string.IsNullOrWhiteSpace(BinDirectory)) folders.Add(BinDirectory);
        folders.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        const string packaged = "/usr/lib/postgresql";
        if (Directory.Exists(packaged))
        {
            folders.AddRange(Directory.GetDirectories(packaged)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return folders.Select(f => Path.Combine(f, name)).FirstOrDefault(File.Exists);
    }

    public static Error Missing(string tool) => Error.Invalid(
        $"Không tìm thấy {tool} (công cụ của PostgreSQL). Hãy cài gói postgresql-client cùng phiên bản với máy chủ, "
        + "hoặc chỉ thư mục chứa nó bằng --Backup:PgBinDirectory=THƯ_MỤC.");

    /// <summary><c>pg_dump --format=custom</c> of the database at the exported <paramref name="snapshot"/>.</summary>
    public static Task<Result<bool>> DumpAsync(string connectionString, string snapshot, string file, CancellationToken ct) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--snapshot=" + snapshot, "--file=" + file], ct);

    /// <summary>Restores a checked dump into an empty database, all or nothing.</summary>
    public static Task<Result<bool>> RestoreAsync(string connectionString, string file, CancellationToken ct) =>
        RunAsync("pg_restore", connectionString, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname=" + new NpgsqlConnectionStringBuilder(connectionString).Database, file], ct);

    /// <summary>Checks that a dump's table of contents reads (<c>pg_restore --list</c>); skipped, with success, when
    /// <c>pg_restore</c> is not installed, since the checksum already proved the bytes are the ones written.</summary>
    public static async Task<Result<bool>> CheckDumpAsync(string file, CancellationToken ct)
    {
        if (Find("pg_restore") is null) return true;
        var listed = await RunAsync("pg_restore", null, ["--list", file], ct);
        return listed.IsSuccess ? true : Error.Invalid($"Phần cơ sở dữ liệu PostgreSQL của bản sao lưu không đọc được: {listed.Error!.Message}");
    }

    private static async Task<Result<bool>> RunAsync(string tool, string? connectionString, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        if (Find(tool) is not { } path) return Missing(tool);
        var start = new ProcessStartInfo(path) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (connectionString is not null) AddLibpqEnvironment(start, connectionString);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        await stdout;
        var errors = (await stderr).Trim();
        return process.ExitCode == 0
            ? true
            : Error.Invalid($"{tool} dừng với mã {process.ExitCode}: {(errors.Length > 2000 ? errors[..2000] + "…" : errors)}");
    }

    private static void AddLibpqEnvironment(ProcessStartInfo start, string connectionString)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(c.Host)) start.Environment["PGHOST"] = c.Host;
        start.Environment["PGPORT"] = c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(c.Username)) start.Environment["PGUSER"] = c.Username;
        if (!string.IsNullOrEmpty(c.Password)) start.Environment["PGPASSWORD"] = c.Password;
        if (!string.IsNullOrEmpty(c.Database)) start.Environment["PGDATABASE"] = c.Database;
        if (c.SslMode != SslMode.Prefer) start.Environment["PGSSLMODE"] = c.SslMode.ToString().ToLowerInvariant() switch
        {
            "verifyca" => "verify-ca",
            "verifyfull" => "verify-full",
            var mode => mode,
        };
        start.Environment["PGAPPNAME"] = "parplan-backup";
    }
}
