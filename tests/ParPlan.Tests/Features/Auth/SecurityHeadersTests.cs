using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ParPlan.Tests.Features.Auth;

/// <summary>Every answer (page, API, static file, error page) carries the browser protections; over HTTPS the cookies are
/// Secure and HSTS is sent.</summary>
public sealed partial class SecurityHeadersTests
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static void AssertProtected(HttpResponseMessage response, string path)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new Xunit.Sdk.XunitException($"{path}: no {name}");

        var csp = Header("Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'" })
        {
            Assert.True(csp.Contains(directive, StringComparison.Ordinal), $"{path}: CSP lacks {directive}: {csp}");
        }

        Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
    }

    [Theory]
    [InlineData("/dang-nhap", HttpStatusCode.OK)]
    [InlineData("/api/auth/me", HttpStatusCode.Unauthorized)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/_framework/blazor.web.js", HttpStatusCode.OK)]
    [InlineData("/trang-khong-ton-tai", HttpStatusCode.NotFound)]
    public async Task Pages_the_api_static_files_and_error_pages_carry_the_security_headers(string path, HttpStatusCode status)
    {
        await using var app = new ParPlanFactory();
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertProtected(response, path);
    }

    [Fact]
    public async Task An_api_answer_of_a_signed_in_user_carries_the_security_headers()
    {
        await using var app = new ParPlanFactory();
        await app.AddUserAsync("canbo.tieude", ParPlan.Features.Auth.Roles.Admin, null);
        using var client = await app.LoginAsync("canbo.tieude");

        var response = await client.GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertProtected(response, "/api/users");
    }

    [Fact]
    public async Task The_inline_import_map_is_allowed_by_a_per_request_nonce_and_nothing_else_inline()
    {
        await using var app = new ParPlanFactory();
        using var client = app.CreateBrowserlessClient();

        var first = await client.GetAsync("/dang-nhap");
        var second = await client.GetAsync("/dang-nhap");

        var nonce = Regex.Match(first.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
        var html = await first.Content.ReadAsStringAsync();
        Assert.NotEmpty(nonce);
        var importMap = Regex.Match(html, "<script[^>]*importmap[^>]*>").Value;
        Assert.Contains($"nonce=\"{nonce}\"", importMap, StringComparison.Ordinal);
        Assert.DoesNotContain(nonce, second.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", Regex.Match(first.Headers.GetValues("Content-Security-Policy").Single(), "script-src[^;]*").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_https_in_production_hsts_is_sent_and_both_cookies_are_secure()
    {
        await using var app = new ParPlanFactory(environment: "Production");
        await app.AddUserAsync("canbo.https", ParPlan.Features.Auth.Roles.Admin, null);
        using var client = app.CreateBrowserlessClient();
        client.BaseAddress = new Uri("https://parplan.example/");

        var page = await client.GetAsync("/dang-nhap");
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "canbo.https", password = ParPlanFactory.Password });

        Assert.Contains("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("parplan.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        AssertProtected(page, "https /dang-nhap");
        Assert.NotEmpty(TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
    }

    [Fact]
    public async Task Over_plain_http_no_hsts_is_sent()
    {
        await using var app = new ParPlanFactory(environment: "Production");
        using var client = app.CreateBrowserlessClient();

        var page = await client.GetAsync("/dang-nhap");

        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }
}
