using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParPlan.Tests.Features.Auth;

#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed class AuthApiTests : IAsyncLifetime
{
    private readonly ParPlanFactory app = new();

    public async Task InitializeAsync() => await app.AddUserAsync("canbo.thu", ParPlan.Features.Auth.Roles.Admin, null, "Cán bộ thử");

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Login_with_the_right_password_answers_200_and_sets_the_cookie()
    {
        using var client = app.CreateBrowserlessClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "canbo.thu", password = ParPlanFactory.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("parplan.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("canbo.thu", me.GetProperty("userName").GetString());
        Assert.Equal("admin", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Login_with_a_wrong_password_answers_401_with_a_vietnamese_problem()
    {
        using var client = app.CreateBrowserlessClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "canbo.thu", password = "Sai@12345" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_for_an_unknown_user_answers_401_like_a_wrong_password()
    {
        using var client = app.CreateBrowserlessClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "khong.co", password = ParPlanFactory.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_with_423()
    {
        using var client = app.CreateBrowserlessClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = "canbo.thu", password = "Sai@12345" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var fifth = await client.PostAsJsonAsync("/api/auth/login", new { userName = "canbo.thu", password = "Sai@12345" });
        Assert.Equal((HttpStatusCode)423, fifth.StatusCode);
        Assert.Equal("application/problem+json", fifth.Content.Headers.ContentType?.MediaType);
        var problem = await fifth.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Tài khoản bị tạm khoá do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.", problem.GetProperty("detail").GetString());

        // Locked: even the right password is refused, and the minutes count down on the clock.
        app.Time.Advance(TimeSpan.FromMinutes(10));
        var right = await client.PostAsJsonAsync("/api/auth/login", new { userName = "canbo.thu", password = ParPlanFactory.Password });
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
        Assert.Contains("sau 5 phút", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromMinutes(6));
        var after = await client.PostAsJsonAsync("/api/auth/login", new { userName = "canbo.thu", password = ParPlanFactory.Password });
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Logout_answers_204_and_the_api_then_answers_401()
    {
        using var client = await app.LoginAsync("canbo.thu");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);

        var logout = await client.PostAsync("/api/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Theory]
    [InlineData("/api/auth/me")]
    [InlineData("/api/units")]
    [InlineData("/api/khong-ton-tai-nhung-can-dang-nhap")]
    public async Task The_api_without_a_cookie_answers_401_problem_json_not_a_redirect(string path)
    {
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (path != "/api/khong-ton-tai-nhung-can-dang-nhap")
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Chưa đăng nhập", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task A_page_without_login_redirects_to_the_login_page()
    {
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_answers_404_with_the_vietnamese_page()
    {
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/trang-khong-ton-tai");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không tìm thấy trang", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_and_the_openapi_document_answer_without_login()
    {
        using var client = app.CreateBrowserlessClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/auth/login", out _));
    }

    [Fact]
    public async Task A_signed_in_user_without_the_role_gets_403_problem_json_on_the_api_not_a_redirect()
    {
        await app.AddUserAsync("lanhdao.thu", ParPlan.Features.Auth.Roles.Leader, null);
        using var leader = await app.LoginAsync("lanhdao.thu");
        using var admin = await app.LoginAsync("canbo.thu");

        var denied = await leader.GetAsync("/api/users");
        var allowed = await admin.GetFromJsonAsync<JsonElement[]>("/api/users");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("application/problem+json", denied.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Không có quyền", (await denied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Contains(allowed!, u => u.GetProperty("userName").GetString() == "lanhdao.thu" && u.GetProperty("role").GetString() == "leader");
    }
}
