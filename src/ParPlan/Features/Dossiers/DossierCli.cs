using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParPlan.Cli;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Demo;
using ParPlan.Features.Indicators;
using ParPlan.Features.Organisation;
using ParPlan.Hosting;

namespace ParPlan.Features.Dossiers;

/// <summary>The CLI verbs of cli.md: <c>dossiers import FILE [--source NAME] [--government CODE] [--data DIR]</c>,
/// <c>indicators compute [--data DIR]</c> and <c>demo dossiers --count N --year YYYY --out FILE [--seed S]</c>.</summary>
public static class DossierCli
{
    public static Task<int> DossiersAsync(string[] args) => DossiersAsync(args, Console.Out, Console.Error);

    public static Task<int> IndicatorsAsync(string[] args) => IndicatorsAsync(args, Console.Out, Console.Error);

    public static Task<int> DemoAsync(string[] args) => DemoAsync(args, Console.Out, Console.Error);

    public static async Task<int> DossiersAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (positional, config) = Parse(args);
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

        await using var services = await OpenStoreAsync(config);
        await using var scope = services.CreateAsyncScope();
        using var actor = AuditActor.Begin("cli");
        var importer = scope.ServiceProvider.GetRequiredService<DossierImporter>();
        importer.Progress = new StderrProgress(stderr);
        if (config["government"] is { Length: > 0 } code)
        {
            // For one government: its column map of the source (else its province's), its units only, its job.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var government = await db.Units.Where(u => u.Code == code.Trim()
                && (u.Kind == UnitKind.ProvinceGovernment || u.Kind == UnitKind.DistrictGovernment || u.Kind == UnitKind.CommuneGovernment))
                .Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
            if (government is not { } id)
            {
                await stderr.WriteLineAsync($"Không có UBND tỉnh/xã mã '{code}'; kiểm tra mã đơn vị ở trang /don-vi.");
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

        await stdout.WriteLineAsync(Summary(result));
        var computed = await scope.ServiceProvider.GetRequiredService<IndicatorComputer>().ComputeAsync(importer.Counts);
        await stderr.WriteLineAsync($"Đã tính lại chỉ số: {computed.Values} giá trị cho năm {string.Join(", ", computed.Years)} ({computed.Elapsed.TotalSeconds:0.0} giây).");
        if (computed.OutsideUnitDatesNotice is { } notice) await stderr.WriteLineAsync(notice);
        return CliApp.Ok;
    }

    public static async Task<int> IndicatorsAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (positional, config) = Parse(args);
        if (positional.Count != 1 || positional[0] != "compute")
        {
            await stderr.WriteLineAsync("Cách dùng: parplan indicators compute [--data DIR]");
            return CliApp.BadInput;
        }

        await using var services = await OpenStoreAsync(config);
        await using var scope = services.CreateAsyncScope();
        using var actor = AuditActor.Begin("cli");
        var summary = await scope.ServiceProvider.GetRequiredService<IndicatorComputer>().ComputeAsync();
        await stdout.WriteLineAsync($"Đã tính {summary.Values} giá trị chỉ số từ {summary.Dossiers} hồ sơ, năm {string.Join(", ", summary.Years)} ({summary.Elapsed.TotalSeconds:0.0} giây).");
        if (summary.OutsideUnitDatesNotice is { } notice) await stdout.WriteLineAsync(notice);
        return CliApp.Ok;
    }

    public static async Task<int> DemoAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (positional, config) = Parse(args);
        if (positional.Count != 1 || positional[0] != "dossiers" || !int.TryParse(config["count"], out var count) || count < 0
            || !int.TryParse(config["year"], out var year) || config["out"] is not { Length: > 0 } output)
        {
            await stderr.WriteLineAsync("Cách dùng: parplan demo dossiers --count N --year YYYY --out FILE [--seed S]");
            return CliApp.BadInput;
        }

        var seed = ulong.TryParse(config["seed"], out var s) ? s : 1UL;
        await using (var file = File.Create(Path.GetFullPath(output)))
        {
            SyntheticDossiers.Write(file, new SyntheticDossierOptions { Count = count, Year = year, Seed = seed, UnitCodes = DemoDossierUnits.Codes(year) });
        }

        await stdout.WriteLineAsync($"Đã ghi {count} hồ sơ năm {year} vào {Path.GetFullPath(output)}.");
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

    internal static (List<string> Positional, IConfiguration Config) Parse(string[] args)
    {
        var normalized = CommandLineArgs.Normalize(args);
        var positional = normalized.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var config = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables()
            .AddCommandLine(normalized.Skip(positional.Count).ToArray()).Build();
        return (positional, config);
    }

    /// <summary>The store's services without the web host, migrated.</summary>
    internal static async Task<ServiceProvider> OpenStoreAsync(IConfiguration config)
    {
        var services = new ServiceCollection();
        services.AddSingleton(config);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddHttpContextAccessor();
        services.AddData(config);
        services.AddOrganisationServices();
        services.AddDossierServices(config);
        services.AddIndicatorServices(config);
        var provider = services.BuildServiceProvider();
        await DatabaseInitializer.MigrateAsync(provider, DatabaseOptions.FromConfiguration(config), CancellationToken.None);
        return provider;
    }

    private sealed class StderrProgress(TextWriter stderr) : IProgress<DossierReadProgress>
    {
        public void Report(DossierReadProgress p) =>
            stderr.WriteLine(p.TotalBytes is > 0
                ? $"Đã đọc {p.Rows} dòng ({p.Bytes * 100 / p.TotalBytes.Value}%), bị loại {p.Rejected}"
                : $"Đã đọc {p.Rows} dòng, bị loại {p.Rejected}");
    }
}

/// <summary>The demo province's receiving units, from the Demo feature's seed definitions (no database): before
/// 1/7/2025 the old communes and the district's one-stop desk; from then the new communes; always the province centre.</summary>
public static class DemoDossierUnits
{
    public static IReadOnlyList<string> Codes(int year)
    {
        var codes = new List<string> { "QT.TTPVHCC", "QT.STP" };
        if (year <= DemoOrganisation.Reform.Year)
        {
            codes.Add("QT.H.VINHLINH.MOTCUA");
            codes.AddRange(DemoOrganisation.NewCommunes.SelectMany(c => c.Predecessors).Select(DemoOrganisation.OldCommuneCode));
        }

        if (year >= DemoOrganisation.Reform.Year)
        {
            codes.AddRange(DemoOrganisation.NewCommunes.Select(c => c.Code));
        }

        return codes;
    }
}
