using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Hosting;

/// <summary>Requests the client got wrong are answered with a 4xx in Vietnamese, never a 500.</summary>
public sealed partial class ClientErrorTests
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static MultipartFormDataContent Pdf(int size, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var bytes = new byte[size];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(file, "file", "lon.pdf");
        return form;
    }

    [Fact]
    public async Task A_50_mb_evidence_upload_to_the_api_is_413_in_vietnamese()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);

        var response = await client.PostAsync($"/api/tasks/{s.TaskA}/evidence", Pdf(50 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Tệp minh chứng không được vượt quá 20 MB.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_evidence_upload_over_the_servers_body_limit_is_the_vietnamese_413_page()
    {
        // Kestrel's own limit, lowered so the whole body still fits in the socket buffers and the client reads the answer.
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["Kestrel:Limits:MaxRequestBodySize"] = "262144" }, "Production", kestrel: true);
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);
        var page = $"/nhiem-vu/{s.TaskA}";
        var token = TokenPattern().Match(await client.GetStringAsync(page)).Groups[1].Value;

        var response = await client.PostAsync(page, Pdf(1024 * 1024, ("_handler", "evidence"), ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tệp quá lớn", html, StringComparison.Ordinal);
        Assert.Contains("Hãy chọn tệp nhỏ hơn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_form_post_without_its_antiforgery_token_is_a_vietnamese_400_page()
    {
        await using var app = new ParPlanFactory();
        var commune = await app.AddUnitAsync("X", "UBND xã Thử", UnitKind.CommuneGovernment, UnitLevel.Commune, null);
        await app.AddUserAsync("thuongtruc.thu", Roles.StandingOfficer, commune);
        using var client = await app.LoginAsync("thuongtruc.thu");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("KẾ HOẠCH"u8.ToArray()), "file", "ke-hoach.txt" } };

        var response = await client.PostAsync("/ke-hoach/nhap/tai-len", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Yêu cầu không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("tải lại trang", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_form_post_without_its_antiforgery_token_is_the_vietnamese_400_page()
    {
        await using var app = new ParPlanFactory(environment: "Production");
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);

        var response = await client.PostAsync($"/nhiem-vu/{s.TaskA}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "progress", ["Progress.Percent"] = "50" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Yêu cầu không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("tải lại trang", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_with_a_non_ascii_return_url_signs_in_and_returns_to_that_local_page()
    {
        // Over real Kestrel: it refuses a Location header with letters outside ASCII, which the in-memory server lets through.
        await using var app = new ParPlanFactory(kestrel: true);
        await app.AddUserAsync("canbo.form", Roles.Leader, null);
        using var client = app.CreateBrowserlessClient();
        const string target = "/tim-kiem?q=Qu%E1%BA%A3ng%20Tr%E1%BB%8B";
        var login = "/dang-nhap?returnUrl=" + Uri.EscapeDataString(Uri.UnescapeDataString(target));
        var get = await client.GetAsync(login);
        var token = TokenPattern().Match(await get.Content.ReadAsStringAsync()).Groups[1].Value;

        var response = await client.PostAsync(login, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.UserName"] = "canbo.form", ["Input.Password"] = ParPlanFactory.Password, ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        // The Kestrel client follows the redirect: the user lands, signed in, on the page the link named, query intact.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(target, response.RequestMessage!.RequestUri!.PathAndQuery);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Tìm kiếm – ParPlan</title>", html, StringComparison.Ordinal);
        Assert.Contains("Quảng Trị", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/Quảng")]
    public void A_return_url_that_could_leave_the_site_sends_the_user_home(string returnUrl) =>
        Assert.Equal("/", ParPlan.Features.Auth.Login.SafeReturnUrl(returnUrl));
}
