using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Core.Tests.Files;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Hosting;
using Xunit.Abstractions;

namespace ParPlan.Tests.Features.Plans;

[Collection(UploadMeasurementGroup.Name)]
public sealed class PlanUploadBombTests(ITestOutputHelper output)
{
    private static readonly Lazy<byte[]> Bomb = new(() => ZipBombs.Docx(400L * 1024 * 1024));

    private static async Task<(ParPlanFactory App, HttpClient Client)> StartAsync()
    {
        var app = new ParPlanFactory();
        var commune = await app.AddUnitAsync("X", "UBND xã Thử", UnitKind.CommuneGovernment, UnitLevel.Commune, null);
        await app.AddUserAsync("thuongtruc.thu", Roles.StandingOfficer, commune);
        return (app, await app.LoginAsync("thuongtruc.thu"));
    }

    [Fact]
    public async Task A_docx_bomb_is_refused_quickly_in_vietnamese_without_exhausting_memory()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var bomb = Bomb.Value;
        await client.GetAsync("/api/plans"); // warm up the endpoint pipeline outside the measurement

        var (response, cost) = await UploadMeasurement.MeasureAsync(() => client.PostAsync("/api/plans/import", PlanApiTests.Upload(bomb, "ke-hoach.docx", null)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("bom nén", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        output.WriteLine($"{bomb.Length / 1024} KB upload: {cost}");
        cost.AssertCheap();
    }

    [Fact]
    public async Task A_docx_of_too_many_parts_is_refused_in_vietnamese()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;

        var response = await client.PostAsync("/api/plans/import", PlanApiTests.Upload(ZipBombs.ManyEntries(5_000), "ke-hoach.docx", null));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("thành phần nén, vượt giới hạn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_upload_form_sends_a_docx_bomb_back_to_the_form_with_the_reason()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var html = await client.GetStringAsync("/ke-hoach/nhap");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = PlanApiTests.Upload(Bomb.Value, "ke-hoach.docx", null);
        form.Add(new StringContent(token), "__RequestVerificationToken");

        var response = await client.PostAsync("/ke-hoach/nhap/tai-len", form);
        var back = await client.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ke-hoach/nhap", response.Headers.Location!.OriginalString);
        Assert.Contains("bom nén", System.Net.WebUtility.HtmlDecode(back), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Uploads:Word:MaxEntries", "0", "Uploads:Word:MaxEntries phải từ 1")]
    [InlineData("Uploads:Excel:MaxCompressionRatio", "1", "Uploads:Excel:MaxCompressionRatio phải từ 2")]
    [InlineData("Uploads:Pdf:MaxPages", "-5", "Uploads:Pdf:MaxPages phải từ 1")]
    public async Task A_bad_upload_limit_stops_the_start_with_a_message_naming_the_key(string key, string value, string message)
    {
        var data = Path.Combine(Path.GetTempPath(), "parplan-test-" + Guid.NewGuid().ToString("N"));
        await using var app = ParPlan.Hosting.WebHost.CreateBuilder(["--urls", "http://127.0.0.1:0", "--data", data, "--FollowUp:Enabled=false",
            $"--{key}={value}"]).Build();

        var ex = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync());
        using var error = new StringWriter();

        Assert.Equal(2, ParPlan.Infrastructure.StartupChecks.Report(ex, error));
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Directory.Delete(data, recursive: true);
    }
}
