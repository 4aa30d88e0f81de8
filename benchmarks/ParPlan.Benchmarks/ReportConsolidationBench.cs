using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Features.Reports;
using ParPlan.Hosting;

namespace ParPlan.Benchmarks;

/// <summary>
/// `--reports [units]`: seeds a province with a standing agency and 170 communes (40 tasks each in the province's plan)
/// in a fresh SQLite store, with every commune's Q3 report accepted (three through <see cref="ReportCommands"/>, the rest
/// stored with figures frozen the same way), then times the province's consolidated Q3 report through the real services:
/// start it (prefilled), read it with the
/// consolidation of the 170 frozen snapshots, write its DOCX, and submit it (freezing the consolidation). Target ≤ 2 s.
/// </summary>
public static class ReportConsolidationBench
{
    // The province reports Quý III under the Bộ Nội vụ regime; its communes the 9-month report of the commune regime,
    // which the province's Quý III consolidates (ReportPeriodMatch).
    private const string Period = "2026-Q3";
    private const string CommunePeriod = "2026-9M";

    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 170;
        var data = Directory.CreateTempSubdirectory("parplan-bench-reports-");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["Data:Directory"] = data.FullName, ["FollowUp:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddParPlanServices(configuration);
        await using var provider = services.BuildServiceProvider();
        await DatabaseInitializer.MigrateAsync(provider, DatabaseOptions.FromConfiguration(configuration), CancellationToken.None);
        try
        {
            var seed = Stopwatch.StartNew();
            var (province, communes) = await SeedAsync(provider, count);
            var admin = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, "admin"), new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, Roles.Admin)], "bench"));
            // Three communes go through the whole flow in the services (start, submit, accept); the others' accepted
            // reports are stored directly with figures frozen the same way (the seeding is not what is measured).
            foreach (var commune in communes.Take(3))
            {
                await using var scope = provider.CreateAsyncScope();
                var commands = scope.ServiceProvider.GetRequiredService<ReportCommands>();
                var id = Ok(await commands.StartAsync(admin, new StartReportRequest(commune, CommunePeriod))).Id;
                var submitted = Ok(await commands.SubmitAsync(admin, id, new ReportActionRequest(1)));
                Ok(await commands.AcceptAsync(admin, id, new ReportActionRequest(submitted.Version)));
            }

            await FreezeAsync(provider, communes.Skip(3).ToList());
            Console.WriteLine($"Seeded {count} communes × 40 tasks and accepted their {CommunePeriod} reports in {seed.Elapsed.TotalSeconds:0.0} s");

            Guid reportId = default;
            var start = await TimeAsync(provider, "start the province's report (prefilled)", 1, async sp =>
                reportId = Ok(await sp.GetRequiredService<ReportCommands>().StartAsync(admin, new StartReportRequest(province, Period))).Id);
            var read = await TimeAsync(provider, $"read it with the consolidation of {count} frozen reports", 10, async sp =>
            {
                var view = Ok(await sp.GetRequiredService<ReportQueries>().GetAsync(admin, reportId));
                if (view.Consolidated!.Accepted != count)
                {
                    throw new InvalidOperationException($"{view.Consolidated.Accepted} of {count} children consolidated");
                }
            });
            var docx = await TimeAsync(provider, "its Decree 30 DOCX (view, annex per unit, write)", 10, async sp =>
                Ok(await sp.GetRequiredService<ReportDocuments>().DocumentAsync(admin, reportId, "docx")));
            var submit = await TimeAsync(provider, "waive the standing agency and submit it (freeze figures and consolidation)", 1, async sp =>
            {
                var commands = sp.GetRequiredService<ReportCommands>();
                var agency = Ok(await sp.GetRequiredService<ReportQueries>().GetAsync(admin, reportId)).Children.First(c => !c.UnitName.StartsWith("UBND", StringComparison.Ordinal));
                var waived = Ok(await commands.WaiveAsync(admin, reportId, new WaiveChildRequest(agency.UnitId, "Cơ quan thường trực tự tổng hợp")));
                Ok(await commands.SubmitAsync(admin, reportId, new ReportActionRequest(waived.Version)));
            });
            await TimeAsync(provider, $"the province's report calendar ({count} communes, each under its own regime)", 10, async sp =>
            {
                var rows = Ok(await sp.GetRequiredService<ReportQueries>().CalendarAsync(admin, province, 2026));
                if (rows.Count(r => r.UnitId == province) != 4)
                {
                    throw new InvalidOperationException($"the province owes {rows.Count(r => r.UnitId == province)} periodic reports, not 4");
                }
            });
            Console.WriteLine($"whole province report (start + read + DOCX + submit): {start + read + docx + submit:0} ms (target ≤ 2000 ms)");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Delete(recursive: true);
        }
    }

    private static async Task<double> TimeAsync(IServiceProvider provider, string name, int runs, Func<IServiceProvider, Task> action)
    {
        var times = new List<double>(runs);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var sw = Stopwatch.StartNew();
            await action(scope.ServiceProvider);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        process.Refresh();
        var cpuPerRun = (process.TotalProcessorTime - cpu).TotalMilliseconds / runs;
        var first = times[0];
        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine(runs == 1
            ? $"{name}: {first:0} ms wall, {cpuPerRun:0} ms CPU"
            : $"{name}: first {first:0} ms, median {median:0} ms wall, {cpuPerRun:0} ms CPU per run, worst {times[^1]:0} ms over {runs} runs");
        return runs == 1 ? first : median;
    }

    /// <summary>Stores each commune's accepted report with its figures frozen like <see cref="ReportCommands.SubmitAsync"/>
    /// does (<see cref="ReportData"/> then <see cref="FrozenFigures"/>).</summary>
    private static async Task FreezeAsync(IServiceProvider provider, List<Guid> communes)
    {
        await using var scope = provider.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var data = sp.GetRequiredService<ReportData>();
        var units = sp.GetRequiredService<ReportUnits>();
        var instance = ParPlan.Core.Reports.ReportingCalendar.Instances(ParPlan.Core.Reports.DefaultRegimes.Commune, 2026)
            .Single(i => i.PeriodCode == CommunePeriod);
        var now = DateTimeOffset.UtcNow;
        foreach (var commune in communes)
        {
            var unit = (await units.FindAsync(commune))!;
            var figures = await data.FiguresAsync(unit, instance.Window, CommunePeriod);
            db.Add(new ReportInstance
            {
                UnitId = commune, GovernmentId = commune, RegimeCode = instance.RegimeCode, PeriodCode = CommunePeriod, PeriodLabel = instance.Label,
                WindowFrom = instance.Window.From, WindowTo = instance.Window.To, Cumulative = instance.Window.Cumulative,
                DueOn = instance.DueOn(ParPlan.Core.Reports.ReportLevel.Government), Status = ReportStatus.Accepted, CreatedAt = now, CreatedBy = "bench",
                AsOf = now, SubmittedAt = now, SubmittedBy = "bench", AcceptedAt = now, AcceptedBy = "bench",
                FiguresJson = new FrozenFigures(figures, null, null).ToJson(),
            });
        }

        await db.SaveChangesAsync();
    }

    private static async Task<(Guid Province, List<Guid> Communes)> SeedAsync(IServiceProvider provider, int count)
    {
        await using var scope = provider.CreateAsyncScope();
        var org = scope.ServiceProvider.GetRequiredService<OrgCommands>();
        var from = new DateOnly(2025, 7, 1);
        async Task<Guid> Add(string code, string name, UnitKind kind, UnitLevel level, Guid? parent) =>
            Ok(await org.CreateUnitAsync(new CreateUnitRequest(code, name, kind, level, parent, from)));
        var province = await Add("QT", "UBND tỉnh Quảng Trị", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        var agency = await Add("QT.SNV", "Sở Nội vụ", UnitKind.Department, UnitLevel.Agency, province);
        var communes = new List<Guid>(count);
        for (var i = 1; i <= count; i++)
        {
            communes.Add(await Add($"QT.XA{i:000}", $"UBND xã số {i}", UnitKind.CommuneGovernment, UnitLevel.Commune, province));
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.StandingAgencies.Add(new StandingAgency { GovernmentId = province, AgencyId = agency });
        var plan = new Plan
        {
            GovernmentId = province, Title = "Kế hoạch CCHC tỉnh năm 2026", Number = "12/KH-UBND", IssuedOn = new DateOnly(2026, 1, 10),
            PeriodFrom = new DateOnly(2026, 1, 1), PeriodTo = new DateOnly(2026, 12, 31), Status = PlanStatus.Issued, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Add(plan);
        string[] areas = ["direction", "institutions", "procedures", "apparatus", "civil-service", "public-finance", "digital-government"];
        var order = 0;
        foreach (var (commune, c) in communes.Select((id, i) => (id, i)))
        {
            for (var t = 1; t <= 40; t++)
            {
                var due = new DateOnly(2026, 6, 15).AddDays((t * 7 + c) % 150);
                var done = (t + c) % 3 == 0;
                var task = new PlanTask
                {
                    PlanId = plan.Id, Ref = $"{c + 1}.{t}", Order = ++order, AreaCode = areas[t % 7], Title = $"Nhiệm vụ {t} của xã số {c + 1}",
                    ScheduleText = $"Trước ngày {due:dd/MM/yyyy}", ScheduleJson = "{}", ScheduleKind = nameof(ScheduleKind.Date).ToLowerInvariant(), DueDate = due,
                    Status = done ? PlanTaskStatus.Done : PlanTaskStatus.NotStarted, Percent = done ? 100 : 0,
                    ClosedAt = done ? new DateTimeOffset(due.AddDays((t % 5) - 2), TimeOnly.MinValue, TimeSpan.Zero) : null,
                };
                db.Add(task);
                db.Add(new TaskAssignment { TaskId = task.Id, UnitId = commune, Role = AssignmentRole.Lead });
            }
        }

        await db.SaveChangesAsync();
        return (province, communes);
    }

    private static T Ok<T>(ParPlan.Common.Result<T> result) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException(result.Error!.Message);
}
