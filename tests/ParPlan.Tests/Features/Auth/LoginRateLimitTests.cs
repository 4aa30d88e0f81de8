using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Tests.Features.Auth;

/// <summary>Failed logins are slowed down per client address and per user name; successful ones cost nothing.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed partial class LoginRateLimitTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly ParPlanFactory app = new();

    public async Task InitializeAsync() => await app.AddUserAsync("canbo.gioihan", ParPlan.Features.Auth.Roles.Leader, null);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password = "Sai@12345") =>
        client.PostAsJsonAsync("/api/auth/login", new { userName, password });

    [Fact]
    public async Task The_eleventh_failed_login_of_a_client_within_a_minute_gets_429_with_retry_after_in_vietnamese()
    {
        using var client = app.CreateBrowserlessClient("203.0.113.7");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, "khong.co." + i)).StatusCode);
        }

        app.Time.Advance(TimeSpan.FromSeconds(15));
        var refused = await LoginAsync(client, "khong.co.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(45), refused.Headers.RetryAfter?.Delta);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Quá nhiều lần đăng nhập", problem.GetProperty("title").GetString());
        Assert.Equal("Quá nhiều lần đăng nhập không thành công. Vui lòng thử lại sau 45 giây.", problem.GetProperty("detail").GetString());
        Assert.Equal(45, problem.GetProperty("retryAfterSeconds").GetInt32());

        // Another client is not affected, and the first one may try again once the minute has passed.
        using var other = app.CreateBrowserlessClient("198.51.100.2");
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(other, "khong.co.11")).StatusCode);
        app.Time.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, "khong.co.12")).StatusCode);
    }

    [Fact]
    public async Task A_user_name_tried_from_many_clients_is_slowed_down_after_five_attempts_a_minute()
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var client = app.CreateBrowserlessClient($"192.0.2.{i + 1}");
            answers.Add((await LoginAsync(client, "canbo.gioihan")).StatusCode);
        }

        // Four wrong passwords, the fifth locks the account (the existing rule), the sixth is not even tried.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), (HttpStatusCode)423, HttpStatusCode.TooManyRequests], answers);

        // The same limit holds for a user name that does not exist, so a 429 does not reveal which names exist.
        var unknown = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var client = app.CreateBrowserlessClient($"192.0.2.{i + 101}");
            unknown.Add((await LoginAsync(client, "khong.ai.ca")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests], unknown);
    }

    [Fact]
    public async Task User_names_are_counted_case_and_space_insensitively()
    {
        var answers = new List<HttpStatusCode>();
        string[] spellings = ["khong.ai", "KHONG.AI", " Khong.Ai ", "khong.AI", "Khong.ai", "kHONG.ai"];
        for (var i = 0; i < spellings.Length; i++)
        {
            using var client = app.CreateBrowserlessClient($"192.0.2.{i + 50}");
            answers.Add((await LoginAsync(client, spellings[i])).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task Successful_logins_do_not_use_up_the_limits()
    {
        using var client = app.CreateBrowserlessClient("203.0.113.9");

        for (var i = 0; i < 25; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, "canbo.gioihan", ParPlanFactory.Password)).StatusCode);
        }
    }

    [Fact]
    public async Task The_login_form_says_in_vietnamese_when_to_try_again()
    {
        using var client = app.CreateBrowserlessClient("203.0.113.20");
        string html = "";
        for (var i = 0; i < 11; i++)
        {
            var token = TokenPattern().Match(await client.GetStringAsync("/dang-nhap")).Groups[1].Value;
            var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", ["Input.UserName"] = "khong.co." + i, ["Input.Password"] = "Sai@12345", ["__RequestVerificationToken"] = token,
            }));
            html = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("Quá nhiều lần đăng nhập không thành công. Vui lòng thử lại sau 60 giây.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_limits_come_from_the_login_section_of_the_configuration()
    {
        await using var strict = new ParPlanFactory(new() { ["Login:FailuresPerClientPerMinute"] = "3" });
        using var client = strict.CreateBrowserlessClient("203.0.113.30");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await LoginAsync(client, "khong.co." + i)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
    }

    [Theory]
    [InlineData("Login:FailuresPerClientPerMinute", "0")]
    [InlineData("Login:FailuresPerUserNamePerMinute", "100000")]
    public void A_limit_out_of_range_stops_the_start_with_a_message_naming_the_key(string key, string value)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build());
        services.AddLogging();
        services.AddParPlanAuth();
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LoginLimitOptions>>().Value);
        using var error = new StringWriter();

        Assert.Equal(2, StartupChecks.Report(ex, error));
        Assert.Contains(key + " phải từ 1 đến 1000", error.ToString(), StringComparison.Ordinal);
    }
}
