using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace ParPlan.Tests.Features.Auth;

/// <summary>The time a failed login takes must not tell whether the user name exists.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed class LoginTimingTests(ITestOutputHelper output) : IAsyncLifetime
#pragma warning restore CA1001
{
    private const int Rounds = 30;

    private readonly ParPlanFactory app = new();

    public async Task InitializeAsync() => await app.AddUserAsync("canbo.thoigian", ParPlan.Features.Auth.Roles.Leader, null);

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<double> AttemptAsync(HttpClient client, string userName)
    {
        // Past the lockout and the rate limits, so every attempt takes the full path of a wrong password.
        app.Time.Advance(TimeSpan.FromMinutes(16));
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "Sai@12345" });
        watch.Stop();
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or (HttpStatusCode)423, $"{userName}: {response.StatusCode}");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return (values[values.Count / 2] + values[(values.Count - 1) / 2]) / 2;
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_take_about_the_same_time()
    {
        using var client = app.CreateBrowserlessClient();
        for (var i = 0; i < 3; i++)
        {
            await AttemptAsync(client, "canbo.thoigian");
            await AttemptAsync(client, "khong.ton.tai." + i);
        }

        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            known.Add(await AttemptAsync(client, "canbo.thoigian"));
            unknown.Add(await AttemptAsync(client, "khong.ton.tai." + i));
        }

        var (k, u) = (Median(known), Median(unknown));
        output.WriteLine($"median wrong password {k:0.0} ms, median unknown user {u:0.0} ms, ratio {Math.Max(k, u) / Math.Min(k, u):0.00}");
        // Noise on a busy machine moves both medians; a missing hash verification makes them differ tenfold or more.
        Assert.True(Math.Max(k, u) / Math.Min(k, u) < 2, $"wrong password {k:0.0} ms vs unknown user {u:0.0} ms");
    }
}
