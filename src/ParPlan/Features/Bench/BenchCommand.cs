using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ParPlan.Data;
using ParPlan.Hosting;

namespace ParPlan.Features.Bench;

/// <summary>Hidden verb <c>parplan bench workspace [--clients 32] [--requests 3000] [--seconds 20] [--data DIR]</c>: seeds a
/// province-scale SQLite store, serves it on 127.0.0.1 and measures the dashboard, "my tasks" and <c>/healthz</c>.
/// <c>parplan bench served-board --url URL</c> times a running server's board (<see cref="ServedBoardBench"/>).</summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "served-board")
        {
            return await ServedBoardBench.RunAsync(args[1..], Console.Out);
        }

        if (args.Length == 0 || args[0] != "workspace")
        {
            await Console.Error.WriteLineAsync("Dùng: parplan bench workspace [--clients N] [--requests N] [--seconds N] [--data DIR]");
            return Cli.CliApp.BadInput;
        }

        var clients = Int(args, "--clients", 32);
        var requests = Int(args, "--requests", 3000);
        var seconds = Int(args, "--seconds", 20);
        var data = CommandLineArgs.Option(args, "--data") ?? Path.Combine(Path.GetTempPath(), "parplan-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var app = WebHost.Build(["--data", data, "--urls", "http://127.0.0.1:0", "--FollowUp:Enabled=false", "--Logging:LogLevel:Default=Warning",
            "--Database:Provider=Sqlite"]);
        await app.StartAsync();
        try
        {
            var seedClock = System.Diagnostics.Stopwatch.StartNew();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var today = VietnamTime.Today(app.Services.GetRequiredService<TimeProvider>());
                var (units, tasks, entries) = await WorkspaceSeeder.SeedAsync(scope.ServiceProvider, today);
                Console.WriteLine($"Seeded {units} units, {units} plans, {tasks} tasks, {entries} progress entries in {seedClock.Elapsed.TotalSeconds:0.0} s ({data})");
            }

            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using var standing = await LoginAsync(address, WorkspaceSeeder.StandingUser, clients);
            using var officer = await LoginAsync(address, WorkspaceSeeder.OfficerUser, clients);
            foreach (var (client, path) in new[] { (standing, "/api/dashboard"), (officer, "/api/tasks/mine"), (standing, "/healthz") })
            {
                await LoadGenerator.RunAsync(client, path, 4, 40, TimeSpan.FromSeconds(10)); // warm-up
            }

            var load = Load();
            var results = new List<LoadResult>();
            foreach (var (client, path) in new[] { (standing, "/healthz"), (standing, "/api/dashboard"), (officer, "/api/tasks/mine") })
            {
                results.Add(await LoadGenerator.RunAsync(client, path, clients, requests, TimeSpan.FromSeconds(seconds)));
            }

            // The same reads while the officer posts progress every 200 ms, for the whole time limit (not the request limit):
            // each post invalidates the cached answers.
            var writeLog = new List<string>();
            foreach (var (client, path) in new[] { (standing, "/api/dashboard"), (officer, "/api/tasks/mine") })
            {
                var (reads, writes, writeFailures) = await MixedLoad.RunAsync(client, path, officer, clients, requests * 10,
                    TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(200));
                results.Add(reads);
                writeLog.Add($"{path}: {writes} progress posts during the run, {writeFailures} failed");
            }

            var health = results[0].Throughput;
            Console.WriteLine($"{clients} concurrent clients, at most {requests} requests or {seconds} s per endpoint; {Environment.ProcessorCount} cores; load average before: {load}, after: {Load()}");
            Console.WriteLine("endpoint              requests  failures    req/s   p50 ms   p95 ms   max ms  vs /healthz");
            foreach (var r in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Path,-20} {r.Requests,9} {r.Failures,9} {r.Throughput,8:0.0} {r.P50Ms,8:0.0} {r.P95Ms,8:0.0} {r.MaxMs,8:0.0} {r.Throughput / health * 100,10:0.0}%"));
            }

            writeLog.ForEach(Console.WriteLine);
            var ok = results.Skip(1).All(r => r.P95Ms <= 150 && r.Throughput / health >= 0.25 && r.Failures == 0);
            Console.WriteLine(ok ? "Targets met: p95 ≤ 150 ms and throughput ≥ 25% of /healthz." : "Targets NOT met (p95 ≤ 150 ms, throughput ≥ 25% of /healthz).");
            return Cli.CliApp.Ok;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            if (CommandLineArgs.Option(args, "--data") is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static async Task<HttpClient> LoginAsync(Uri address, string user, int clients)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseCookies = true, CookieContainer = new System.Net.CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password = WorkspaceSeeder.Password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static int Int(string[] args, string name, int fallback) =>
        int.TryParse(CommandLineArgs.Option(args, name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
}
