using System.Net;
using System.Text.RegularExpressions;

namespace ParPlan.Tests.Features.Auth;

#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed partial class LoginFormTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly ParPlanFactory app = new();

    public async Task InitializeAsync() => await app.AddUserAsync("canbo.form", ParPlan.Features.Auth.Roles.Leader, null, "Cán bộ biểu mẫu");

    public async Task DisposeAsync() => await app.DisposeAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html).Groups[1].Value;
    }

    private static FormUrlEncodedContent Form(string? token, string user, string password)
    {
        var fields = new Dictionary<string, string> { ["_handler"] = "login", ["Input.UserName"] = user, ["Input.Password"] = password };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return new FormUrlEncodedContent(fields);
    }

    [Fact]
    public async Task The_login_form_signs_in_and_returns_to_the_requested_page()
    {
        using var client = app.CreateBrowserlessClient();
        var token = await TokenAsync(client, "/dang-nhap?returnUrl=%2Fdon-vi");

        var response = await client.PostAsync("/dang-nhap?returnUrl=%2Fdon-vi", Form(token, "canbo.form", ParPlanFactory.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/don-vi", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString);
        var home = await client.GetStringAsync("/");
        Assert.Contains("Cán bộ biểu mẫu", home, StringComparison.Ordinal);
        Assert.Contains("Lãnh đạo (chỉ xem)", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_foreign_return_url_is_ignored()
    {
        using var client = app.CreateBrowserlessClient();
        var token = await TokenAsync(client, "/dang-nhap");

        var response = await client.PostAsync("/dang-nhap?returnUrl=https%3A%2F%2Fevil.example", Form(token, "canbo.form", ParPlanFactory.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("evil", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_vietnamese_message()
    {
        using var client = app.CreateBrowserlessClient();
        var token = await TokenAsync(client, "/dang-nhap");

        var response = await client.PostAsync("/dang-nhap", Form(token, "canbo.form", "Sai@12345"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var client = app.CreateBrowserlessClient();

        var response = await client.PostAsync("/dang-nhap", Form(null, "canbo.form", ParPlanFactory.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("parplan.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_logout_form_signs_out()
    {
        using var client = await app.LoginAsync("canbo.form");
        var token = await TokenAsync(client, "/");

        var response = await client.PostAsync("/dang-xuat", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task The_logout_form_without_the_token_is_refused()
    {
        using var client = await app.LoginAsync("canbo.form");

        var response = await client.PostAsync("/dang-xuat", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
    }
}
