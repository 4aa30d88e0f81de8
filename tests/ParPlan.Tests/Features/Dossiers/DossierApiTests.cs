using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed class DossierApiTests : IAsyncLifetime
{
    private readonly ParPlanFactory app = new(new Dictionary<string, string?>
    {
        ["Dossiers:SmallFileBytes"] = "3000",
        ["Dossiers:MaxUploadBytes"] = "20000",
    });

    private Guid province;
    private Guid commune;
    private Guid other;

    public async Task InitializeAsync()
    {
        province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        commune = await app.AddUnitAsync("P.X1", "UBND xã Một", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        other = await app.AddUnitAsync("Q", "UBND tỉnh Khác", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        await app.AddUnitAsync("Q.X1", "UBND xã Khác", UnitKind.CommuneGovernment, UnitLevel.Commune, other);
        await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
        await app.AddUserAsync("thuongtruc.q", Roles.StandingOfficer, other);
        await app.AddUserAsync("donvi.p", Roles.UnitOfficer, commune);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private static MultipartFormDataContent Upload(string content, string name = "hoso.csv")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        return form;
    }

    private static readonly string[] SmallFile =
    [
        Row("HS1", "P.X1", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "da_tra", channel: "truc_tuyen"),
        Row("HS2", "P.X1", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-15T09:00", "da_tra"),
        Row("HS3", "P", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-06T09:00", "da_tra"),
        Row("HS4", "Q.X1", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-06T09:00", "da_tra"),
    ];

    [Fact]
    public async Task A_standing_officer_imports_a_small_file_of_their_province_and_reads_its_indicators_for_their_own_government()
    {
        using var client = await app.LoginAsync("thuongtruc.p");

        var response = await client.PostAsync("/api/dossiers/import", Upload(Csv(SmallFile)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, summary.GetProperty("rowsRead").GetInt64());
        Assert.Equal(3, summary.GetProperty("imported").GetInt64());
        Assert.Equal(1, summary.GetProperty("rejected").GetInt64());
        Assert.Equal(5, summary.GetProperty("rejections")[0].GetProperty("line").GetInt64());

        var values = await client.GetFromJsonAsync<JsonElement[]>("/api/indicators?period=2025-Q3");
        var onTime = Assert.Single(values!, v => v.GetProperty("code").GetString() == "dossier.on-time-rate" && v.GetProperty("unitCode").GetString() == "P");
        Assert.Equal(province, onTime.GetProperty("unitId").GetGuid());
        Assert.Equal("2025-Q3", onTime.GetProperty("period").GetString());
        Assert.Equal((2, 3), (onTime.GetProperty("numerator").GetInt64(), onTime.GetProperty("denominator").GetInt64()));
        Assert.Equal(66.67m, onTime.GetProperty("value").GetDecimal());
        Assert.Contains(values!, v => v.GetProperty("unitCode").GetString() == "P.X1");
        Assert.DoesNotContain(values!, v => v.GetProperty("unitCode").GetString()!.StartsWith('Q'));
        var payment = Assert.Single(values!, v => v.GetProperty("code").GetString() == "dossier.online-payment-rate" && v.GetProperty("unitCode").GetString() == "P");
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task Imports_and_indicators_outside_the_users_role_or_scope_answer_403_or_404()
    {
        using var unitOfficer = await app.LoginAsync("donvi.p");
        using var otherProvince = await app.LoginAsync("thuongtruc.q");

        var import = await unitOfficer.PostAsync("/api/dossiers/import", Upload(Csv(SmallFile)));
        var foreign = await otherProvince.GetAsync($"/api/indicators?governmentId={province}&period=2025-Q3");
        var anonymous = await app.CreateBrowserlessClient().GetAsync("/api/indicators?period=2025");

        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task An_oversized_upload_answers_413_and_one_in_an_unknown_layout_400_naming_the_missing_columns_and_the_column_map()
    {
        using var client = await app.LoginAsync("thuongtruc.p");

        var big = await client.PostAsync("/api/dossiers/import", Upload(new string('x', 30_000)));
        var garbage = await client.PostAsync("/api/dossiers/import", Upload("không,phải\nhồ,sơ\n"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        var problem = await garbage.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Không đọc được tệp hồ sơ", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("ma_ho_so", detail, StringComparison.Ordinal);
        Assert.Contains("/api/dossiers/maps/", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_upload_becomes_a_job_answered_202_whose_status_reaches_completed()
    {
        using var client = await app.LoginAsync("thuongtruc.p");
        var rows = Enumerable.Range(1, 60).Select(i => Row($"L{i}", "P.X1", "2025-09-01T08:00", "2025-09-10T17:00", "2025-09-02T09:00", "da_tra")).ToArray();

        var response = await client.PostAsync("/api/dossiers/import", Upload(Csv(rows)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetInt64();
        JsonElement job = default;
        for (var i = 0; i < 100; i++)
        {
            job = await client.GetFromJsonAsync<JsonElement>($"/api/dossiers/import/{id}");
            if (job.GetProperty("status").GetString() is "Completed" or "Failed") break;
            await Task.Delay(100);
        }

        Assert.Equal("Completed", job.GetProperty("status").GetString());
        Assert.Equal(60, job.GetProperty("imported").GetInt64());
        Assert.Equal(100, job.GetProperty("percent").GetInt32());
    }

    [Fact]
    public async Task The_board_exports_to_an_xlsx_file_that_reads_back_with_the_same_values()
    {
        using var client = await app.LoginAsync("thuongtruc.p");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/dossiers/import", Upload(Csv(SmallFile)))).StatusCode);

        var response = await client.GetAsync($"/chi-so/xuat?governmentId={province}&period=2025-Q3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, startCell: "A2").Cast<IDictionary<string, object?>>().ToList();
        var onTime = Assert.Single(rows, r => (string?)r["Chỉ số"] == "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn");
        Assert.Equal(66.67m, Convert.ToDecimal(onTime["Giá trị"], System.Globalization.CultureInfo.InvariantCulture));
        stream.Position = 0;
        var title = (string?)stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().First()["A"];
        Assert.Contains("Quý III/2025", title, StringComparison.Ordinal);
    }
}
