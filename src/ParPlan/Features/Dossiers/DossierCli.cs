using System.Globalization;
using ParPlan.Cli;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Demo;
using ParPlan.Features.Indicators;
using ParPlan.Hosting;

namespace ParPlan.Features.Dossiers;

/// <summary>The CLI verb of cli.md <c>dossiers import FILE [--source NAME] [--government CODE] [--data DIR]</c>.</summary>
public static class DossierCli
{
    public static Task<int> DossiersAsync(string[] args) => DossiersAsync(args, Console.Out, Console.Error);

    public static async Task<int> DossiersAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var cli = CommandLineArgs.Parse(args);
        var (positional, config) = (cli.Positional, cli.Settings);
        if (positional.Count != 2 || positional[0] != "import")
        {
            await stderr.WriteLineAsync("Cách dùng: parplan dossiers import FILE [--source NAME] [--government MÃ_UBND] [--data DIR]");
            return CliApp.BadInput;
        }

        var file = Path.GetFullPath(positional[1]);
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"Không tìm thấy tệp: {file}");
            return CliApp.BadInput;
        }

        // Where a fresh process spends its time, printed at the end: before Main (runtime start), opening the store
        // (services, the migrations check on a plain connection), the import, the computation.
        var beforeMain = DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var timings = string.Equals(config["Dossiers:Timings"], "true", StringComparison.OrdinalIgnoreCase) ? ImportTimings.Start() : null;

        // On the other core while the store opens: the file's identity (for continuing an interrupted import), and the
        // first SHA-256 of the process (the procedures' keys), which loads the system's OpenSSL, instead of on the writer's thread.
        var hashing = Task.Run(async () =>
        {
            var hash = await DossierFileAccess.HashAsync(file, CancellationToken.None);
            _ = DossierProcedure.KeyOf(null, null, null);
            return hash;
        });
        var government = config["government"] is { Length: > 0 } code ? code.Trim() : null;

        // A government's import reads its units through the organisation feature (EF); the province's needs only the import's services.
        await using var services = government is null ? await CliStore.OpenForImportAsync(config) : await CliStore.OpenAsync(config);
        ImportTimings.Mark("mở kho: kiểm tra lược đồ");
        var opened = clock.Elapsed;
        await using var scope = services.CreateAsyncScope();
        using var actor = AuditActor.Begin("cli");
        var importer = scope.ServiceProvider.GetRequiredService<DossierImporter>();
        importer.Progress = new StderrProgress(stderr);
        importer.FileHash = hashing;
        if (government is not null)
        {
            // For one government: its column map of the source (else its province's), its units only, its job.
            Guid? found;
            await using (var connection = await scope.ServiceProvider.GetRequiredService<StoreConnections>().OpenAsync(CancellationToken.None))
            {
                found = await ImportLookups.GovernmentAsync(connection, government, CancellationToken.None);
            }

            if (found is not { } id)
            {
                await stderr.WriteLineAsync($"Không có UBND tỉnh/xã mã '{config["government"]}'; kiểm tra mã đơn vị ở trang /don-vi.");
                return CliApp.BadInput;
            }

            importer.Government = id;
            importer.UnitFilter = await scope.ServiceProvider.GetRequiredService<DossierImportService>().UnitFilterAsync(id, CancellationToken.None);
        }

        DossierImportResult result;
        try
        {
            result = await importer.ImportAsync(file, config["source"] ?? "cli");
        }
        catch (DossierFileException ex)
        {
            await stderr.WriteLineAsync($"Không đọc được tệp hồ sơ: {ex.Message}");
            return CliApp.BadInput;
        }
        catch (PostgresFirstLoadException ex)
        {
            // Nothing was stored: the message says to run the command again (the batch is marked failed).
            await stderr.WriteLineAsync(ex.Message);
            return CliApp.Internal;
        }

        await stdout.WriteLineAsync(Summary(result));
        var imported = clock.Elapsed;
        var computed = await scope.ServiceProvider.GetRequiredService<IndicatorComputer>().ComputeAsync(importer.Counts);
        await stderr.WriteLineAsync($"Đã tính lại chỉ số: {computed.Values} giá trị cho năm {string.Join(", ", computed.Years)} ({computed.Elapsed.TotalSeconds:0.0} giây"
            + (computed.FromImport ? ", dùng số đếm của lần nhập" : "") + ").");
        await stderr.WriteLineAsync(string.Create(CultureInfo.GetCultureInfo("vi-VN"),
            $"Thời gian: khởi động tiến trình {beforeMain.TotalSeconds:0.00} giây, mở kho dữ liệu {opened.TotalSeconds:0.00} giây, "
            + $"nhập {(imported - opened).TotalSeconds:0.00} giây, tính chỉ số {(clock.Elapsed - imported).TotalSeconds:0.00} giây."));
        if (computed.OutsideUnitDatesNotice is { } notice) await stderr.WriteLineAsync(notice);
        if (ImportTimings.Enabled) await stderr.WriteLineAsync("Từng bước:" + Environment.NewLine + ImportTimings.Report());
        return CliApp.Ok;
    }

    public static string Summary(DossierImportResult r)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"Nguồn: {r.Source}{(r.Resumed ? " (tiếp tục lần nhập dở)" : "")}");
        w.WriteLine($"Số dòng đã đọc: {r.RowsRead}");
        w.WriteLine($"Thêm mới: {r.Imported}");
        w.WriteLine($"Cập nhật: {r.Updated}");
        w.WriteLine($"Bị loại: {r.Rejected}");
        foreach (var x in r.Rejections)
        {
            w.WriteLine($"  dòng {x.Line}: {x.Reason}");
        }

        if (r.Rejected > r.Rejections.Count) w.WriteLine($"  … và {r.Rejected - r.Rejections.Count} dòng khác.");
        return w.ToString().TrimEnd();
    }

    private sealed class StderrProgress(TextWriter stderr) : IProgress<DossierReadProgress>
    {
        public void Report(DossierReadProgress p) =>
            stderr.WriteLine(p.TotalBytes is > 0
                ? $"Đã đọc {p.Rows} dòng ({p.Bytes * 100 / p.TotalBytes.Value}%), bị loại {p.Rejected}"
                : $"Đã đọc {p.Rows} dòng, bị loại {p.Rejected}");
    }
}
