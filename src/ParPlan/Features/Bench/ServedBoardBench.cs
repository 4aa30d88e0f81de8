using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using ParPlan.Features.Dossiers;
using ParPlan.Hosting;

namespace ParPlan.Features.Bench;

/// <summary>Hidden verb <c>parplan bench served-board --url URL [--ready] [--year YYYY] [--user NAME --password P]</c>: the
/// province board as officers see it, from a running <c>parplan serve</c>. Signs in (by default as the standing officer
/// that <c>bench store</c> creates), then times the board page (<c>GET /chi-so?ky=YYYY</c>, the whole HTML) and its
/// API (<c>GET /api/indicators?period=YYYY</c>): the first request of each (the page first: the first board request
/// the server answers after an import) and the median of the six that follow. Prints one line,
/// <c>page_first_ms=… page_median_ms=… api_first_ms=… api_median_ms=…</c>; exit code 1 when the server answers
/// anything but the board (not 200, or no board table, or no values). With <c>--ready</c> it only waits (up to two
/// minutes) until the server answers <c>/healthz</c>, so a script needs no HTTP tool of its own.</summary>
public static class ServedBoardBench
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var url = CommandLineArgs.Option(args, "--url");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            await Console.Error.WriteLineAsync("Dùng: parplan bench served-board --url http://127.0.0.1:5080 [--ready] [--year 2025] [--user TÊN --password MẬT_KHẨU]");
            return Cli.CliApp.BadInput;
        }

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        if (!await ReadyAsync(probe, TimeSpan.FromMinutes(2)))
        {
            await Console.Error.WriteLineAsync($"Máy chủ {address} không trả lời /healthz sau 2 phút; xem nhật ký của parplan serve.");
            return Cli.CliApp.Internal;
        }

        if (args.Contains("--ready")) return Cli.CliApp.Ok;
        var year = int.TryParse(CommandLineArgs.Option(args, "--year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 2025;
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer() })
            { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new
        {
            userName = CommandLineArgs.Option(args, "--user") ?? DossierBenchStore.User,
            password = CommandLineArgs.Option(args, "--password") ?? DossierBenchStore.Password,
        });
        if (!login.IsSuccessStatusCode)
        {
            await Console.Error.WriteLineAsync($"Không đăng nhập được vào {address}: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
            return Cli.CliApp.Internal;
        }

        (await client.GetAsync("/healthz")).EnsureSuccessStatusCode(); // this client's own first GET, outside the timings
        var page = $"/chi-so?ky={year}";
        var api = $"/api/indicators?period={year}";
        var pageTimes = new List<double>();
        var apiTimes = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            pageTimes.Add(await TimeAsync(client, page, body => body.Contains("data-testid=\"board\"", StringComparison.Ordinal)));
            apiTimes.Add(await TimeAsync(client, api, body => body.StartsWith("[{", StringComparison.Ordinal)));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"page_first_ms={pageTimes[0]:0} page_median_ms={Median(pageTimes):0} api_first_ms={apiTimes[0]:0} api_median_ms={Median(apiTimes):0}"));
        return Cli.CliApp.Ok;
    }

    /// <summary>The median of the requests after the first.</summary>
    public static double Median(IReadOnlyList<double> times)
    {
        var rest = times.Skip(1).Order().ToList();
        return rest.Count % 2 == 1 ? rest[rest.Count / 2] : (rest[rest.Count / 2 - 1] + rest[rest.Count / 2]) / 2;
    }

    private static async Task<bool> ReadyAsync(HttpClient client, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode) return true;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static async Task<double> TimeAsync(HttpClient client, string path, Func<string, bool> isBoard)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode || !isBoard(body))
        {
            throw new InvalidOperationException($"{path} không trả về bảng chỉ số ({(int)response.StatusCode}): {body[..Math.Min(body.Length, 300)]}");
        }

        return ms;
    }
}
