using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using ParPlan.Core.Tests.Files;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Hosting;
using Xunit.Abstractions;

namespace ParPlan.Tests.Features.Dossiers;

[Collection(UploadMeasurementGroup.Name)]
public sealed class DossierUploadSafetyTests(ITestOutputHelper output)
{
    private static async Task<(ParPlanFactory App, HttpClient Client)> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var app = new ParPlanFactory(settings);
        var province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
        return (app, await app.LoginAsync("thuongtruc.p"));
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", name);
        return form;
    }

    /// <summary>A workbook cut in half: the zip's directory at its end is gone.</summary>
    private static byte[] BrokenXlsx(int rows)
    {
        using var good = new MemoryStream();
        good.SaveAs(Enumerable.Range(1, rows).Select(i => new Dictionary<string, object?> { ["ma_ho_so"] = $"HS{i}", ["ma_don_vi"] = "P" }),
            excelType: ExcelType.XLSX);
        return good.ToArray()[..(int)(good.Length / 2)];
    }

    [Fact]
    public async Task An_xlsx_bomb_is_refused_quickly_in_vietnamese_without_exhausting_memory()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var bomb = ZipBombs.Xlsx(400L * 1024 * 1024);
        await client.GetAsync("/api/dossiers/import/0");

        var (response, cost) = await UploadMeasurement.MeasureAsync(() => client.PostAsync("/api/dossiers/import", Upload(bomb, "hoso.xlsx")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("bom nén", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        output.WriteLine($"{bomb.Length / 1024} KB upload: {cost}");
        cost.AssertCheap();
    }

    [Fact]
    public async Task A_small_broken_xlsx_is_a_400_problem_in_vietnamese()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;

        var response = await client.PostAsync("/api/dossiers/import", Upload(BrokenXlsx(5), "hoso.xlsx"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Tệp XLSX bị hỏng hoặc không phải XLSX", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_xlsx_imported_as_a_job_fails_with_a_vietnamese_error()
    {
        var (app, client) = await StartAsync(new Dictionary<string, string?> { ["Dossiers:SmallFileBytes"] = "100" });
        await using var _ = app;
        using var __ = client;

        var queued = await client.PostAsync("/api/dossiers/import", Upload(BrokenXlsx(200), "hoso.xlsx"));

        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var jobId = (await queued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetInt64();
        JsonElement job = default;
        for (var i = 0; i < 100; i++)
        {
            job = await client.GetFromJsonAsync<JsonElement>($"/api/dossiers/import/{jobId}");
            if (job.GetProperty("status").GetString() is "Failed" or "Completed") break;
            await Task.Delay(100);
        }

        Assert.Equal("Failed", job.GetProperty("status").GetString());
        Assert.StartsWith("Tệp XLSX bị hỏng hoặc không phải XLSX", job.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
