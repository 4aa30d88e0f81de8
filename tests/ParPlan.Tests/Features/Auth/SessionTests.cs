using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Auth;

namespace ParPlan.Tests.Features.Auth;

/// <summary>A cookie copied before logout (or before a password change or an administrator's lock) opens nothing afterwards.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed partial class SessionTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly ParPlanFactory app = new();

    public async Task InitializeAsync() => await app.AddUserAsync("canbo.phien", Roles.Admin, null, "Cán bộ phiên");

    public async Task DisposeAsync() => await app.DisposeAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>Signs in through the API and returns the client plus the raw auth cookie it received.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAsync()
    {
        var client = app.CreateBrowserlessClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "canbo.phien", password = ParPlanFactory.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthSetup.CookieName + "=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    /// <summary>A fresh client that sends only the copied cookie, as an attacker replaying it would.</summary>
    private HttpClient Replay(string cookie)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task AssertEndedAsync(HttpClient replay)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.GetAsync("/api/auth/me")).StatusCode);
        var page = await replay.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(AuthSetup.LoginPath, page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cookie_replayed_after_api_logout_gets_401_on_the_api_and_the_login_page_on_pages()
    {
        var (client, cookie) = await SignInAsync();
        using var _ = client;
        using var replay = Replay(cookie);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/logout", null)).StatusCode);

        await AssertEndedAsync(replay);
    }

    [Fact]
    public async Task A_cookie_replayed_after_the_logout_button_of_the_pages_is_refused()
    {
        var (client, cookie) = await SignInAsync();
        using var _ = client;
        var token = TokenPattern().Match(await client.GetStringAsync("/")).Groups[1].Value;

        var logout = await client.PostAsync(AuthSetup.LogoutPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var replay = Replay(cookie);
        await AssertEndedAsync(replay);
    }

    [Fact]
    public async Task A_password_change_ends_the_sessions_opened_with_the_old_password()
    {
        var (client, cookie) = await SignInAsync();
        using var _ = client;

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("canbo.phien"))!;
            Assert.True((await users.ChangePasswordAsync(user, ParPlanFactory.Password, "ParPlan@2027")).Succeeded);
        }

        using var replay = Replay(cookie);
        await AssertEndedAsync(replay);
    }

    [Fact]
    public async Task An_administrators_lock_ends_the_users_sessions()
    {
        var (client, cookie) = await SignInAsync();
        using var _ = client;

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("canbo.phien"))!;
            Assert.True((await users.SetLockoutEndDateAsync(user, app.Time.GetUtcNow().AddDays(30))).Succeeded);
        }

        using var replay = Replay(cookie);
        await AssertEndedAsync(replay);
    }

    [Fact]
    public async Task Wrong_passwords_typed_by_someone_else_do_not_end_the_users_session()
    {
        var (client, cookie) = await SignInAsync();
        using var _ = client;
        using var attacker = app.CreateBrowserlessClient();

        // Five wrong passwords lock the account against new logins, but an attacker must not be able to log the user out.
        for (var i = 0; i < 5; i++)
        {
            await attacker.PostAsJsonAsync("/api/auth/login", new { userName = "canbo.phien", password = "Sai@12345" });
        }

        using var replay = Replay(cookie);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_session_stays_valid_across_requests_until_logout()
    {
        var (client, _) = await SignInAsync();
        using var __ = client;

        for (var i = 0; i < 3; i++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(5));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        }
    }
}
