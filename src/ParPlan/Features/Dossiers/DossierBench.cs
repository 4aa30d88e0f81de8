using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Demo;
using ParPlan.Features.Indicators;
using ParPlan.Hosting;

namespace ParPlan.Features.Dossiers;

/// <summary>Hidden verb <c>parplan bench dossiers [--count N] [--year YYYY]</c>: generates N dossiers for the demo
/// province, imports and computes them into a fresh SQLite store, compares with the sqlite3 shell's <c>.import</c>
/// of the same file, and reports peak memory, the board's and the drill-down's response times and the machine load.</summary>
public static class DossierBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var config = CommandLineArgs.Parse(args).Settings;
        var count = int.TryParse(config["count"], out var c) ? c : 1_000_000;
        var year = int.TryParse(config["year"], out var y) ? y : 2025;
        var folder = Directory.CreateTempSubdirectory("parplan-bench-").FullName;
        var file = Path.Combine(folder, "hoso.csv");
        var w = Console.Out;
        try
        {
            var clock = Stopwatch.StartNew();
            await using (var output = File.Create(file))
            {
                SyntheticDossiers.Write(output, new SyntheticDossierOptions { Count = count, Year = year, UnitCodes = DemoDossierUnits.Codes(year) });
            }

            await w.WriteLineAsync($"Tạo tệp: {count} hồ sơ, {new FileInfo(file).Length / (1024 * 1024)} MB, {clock.Elapsed.TotalSeconds:0.0} s");
            var storeConfig = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Data:Directory"] = Path.Combine(folder, "data"), ["Database:Provider"] = "Sqlite",
            }).Build();
            await using var services = await CliStore.OpenAsync(storeConfig);
            using var actor = AuditActor.Begin("bench");
            await using (var seed = services.CreateAsyncScope())
            {
                await ActivatorUtilities.CreateInstance<DemoOrganisation>(seed.ServiceProvider).BuildAsync(CancellationToken.None);
            }

            GC.Collect();
            var loadBefore = Load();
            clock.Restart();
            await using var scope = services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<DossierImporter>();
            var result = await importer.ImportAsync(file, "bench");
            var importTime = clock.Elapsed;
            var computed = await scope.ServiceProvider.GetRequiredService<IndicatorComputer>().ComputeAsync(importer.Counts);
            var total = clock.Elapsed;
            var shell = ShellImport(file, Path.Combine(folder, "plain.db"));

            var board = await BoardTimesAsync(services, year);
            var drill = await DrillDownTimesAsync(services, year);
            await w.WriteLineAsync($"Nhập: {result.Imported} mới, {result.Rejected} bị loại: {importTime.TotalSeconds:0.0} s");
            await w.WriteLineAsync($"Tính chỉ số: {computed.Values} giá trị, {computed.Elapsed.TotalSeconds:0.0} s ({(computed.FromImport ? "dùng số đếm tích luỹ khi nhập" : "đọc lại toàn bộ hồ sơ")})");
            await w.WriteLineAsync($"Nhập + tính: {total.TotalSeconds:0.0} s (mục tiêu ≤ 20 s)");
            await w.WriteLineAsync(shell is { } s
                ? $"sqlite3 .import: {s.TotalSeconds:0.0} s; tỉ lệ (nhập + tính)/.import = {total.TotalSeconds / s.TotalSeconds:0.00} (mục tiêu ≤ 1,5), nhập/.import = {importTime.TotalSeconds / s.TotalSeconds:0.00}"
                : "sqlite3 .import: không chạy được sqlite3");
            await w.WriteLineAsync($"Bảng chỉ số: lần đầu {board.First:0} ms, trung vị {board.Median:0} ms (mục tiêu ≤ 200 ms)");
            await w.WriteLineAsync($"Danh sách hồ sơ sau một con số (trang đầu, đếm tổng): {string.Join("; ", drill.Select(d => $"{d.What} {d.Ms:0} ms"))}");
            await w.WriteLineAsync($"Bộ nhớ đỉnh (VmHWM): {PeakMegabytes()} MB (mục tiêu ≤ 500 MB)");
            await w.WriteLineAsync($"Tải máy (loadavg 1/5/15 phút): trước {loadBefore}, sau {Load()}, trên {Environment.ProcessorCount} lõi");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static async Task<(double First, double Median)> BoardTimesAsync(IServiceProvider services, int year)
    {
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var province = await db.Units.Where(u => u.Code == "QT").Select(u => u.Id).FirstAsync();
            var queries = scope.ServiceProvider.GetRequiredService<IndicatorQueries>();
            var board = await queries.BoardAsync(province, Core.Indicators.ReportingPeriod.ForYear(year));
            var units = await queries.ValuesAsync(province, Core.Indicators.ReportingPeriod.ForYear(year));
            if (board is null || units.Count == 0) throw new InvalidOperationException("Bảng chỉ số rỗng.");
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var sorted = times.Skip(1).Order().ToList();
        return (times[0], sorted[sorted.Count / 2]);
    }

    /// <summary>The drill-down from a number to its dossiers (first page and total), for the province and for one
    /// commune, on a received-based and a finish-based indicator and on late dossiers without an apology.</summary>
    private static async Task<List<(string What, double Ms)>> DrillDownTimesAsync(IServiceProvider services, int year)
    {
        var times = new List<(string, double)>();
        var period = Core.Indicators.ReportingPeriod.ForYear(year);
        foreach (var (unit, code) in new[] { ("QT", "dossier.online-rate"), ("QT", "dossier.on-time-rate"), ("QT", "dossier.late-without-apology"),
            (DemoDossierUnits.Codes(year)[^1], "dossier.on-time-rate") })
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var id = await db.Units.Where(u => u.Code == unit).Select(u => u.Id).FirstAsync();
            var clock = Stopwatch.StartNew();
            var (items, total) = await scope.ServiceProvider.GetRequiredService<IndicatorQueries>().DossiersAsync(id, period, code, 1);
            if (total > 0 && items.Count == 0) throw new InvalidOperationException("Danh sách hồ sơ rỗng.");
            times.Add(($"{unit} {code} ({total} hồ sơ)", clock.Elapsed.TotalMilliseconds));
        }

        return times;
    }

    /// <summary>Times the sqlite3 shell's plain <c>.import</c> of the file into a new table.</summary>
    private static TimeSpan? ShellImport(string file, string database)
    {
        try
        {
            string[] arguments = [database, "-cmd", ".mode csv", ".import " + file + " hoso"];
            var start = new ProcessStartInfo("sqlite3", arguments)
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? clock.Elapsed : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static long PeakMegabytes()
    {
        const string Status = "/proc/self/status";
        if (File.Exists(Status))
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line[6..].Trim().Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb)) return kb / 1024;
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
