using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>The import page's column-mapping step: a file in another layout waits for the mapping, the saved map imports
/// it and the next file of the same source imports directly.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed partial class ColumnMapStepTests : IAsyncLifetime
{
    private const string OtherLayout = "STT;Số hồ sơ;Đơn vị tiếp nhận;Ngày tiếp nhận;Ngày hẹn trả;Ngày hoàn thành;Tình trạng;Hình thức nộp\n";
    private readonly ParPlanFactory app = new();

    public async Task InitializeAsync()
    {
        var province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        await app.AddUnitAsync("P.X1", "UBND xã Một", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        var other = await app.AddUnitAsync("Q", "UBND tỉnh Khác", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
        await app.AddUserAsync("thuongtruc.q", Roles.StandingOfficer, other);
        await app.AddUserAsync("lanhdao.p", Roles.Leader, province);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static string File(params string[] codes) => OtherLayout + string.Concat(codes.Select((c, i) =>
        $"{i + 1};{c};P.X1;10/08/2025 08:00;20/08/2025 17:00;{(i % 2 == 0 ? "12/08/2025 09:00" : "")};{(i % 2 == 0 ? "Đã trả kết quả" : "Đang giải quyết")};{(i == 0 ? "Trực tuyến" : "Trực tiếp")}\n"));

    [Fact]
    public async Task A_file_in_another_layout_waits_for_the_mapping_then_imports_with_it_and_the_next_file_of_that_source_imports_directly()
    {
        using var client = await app.LoginAsync("thuongtruc.p");
        var token = await TokenAsync(client);

        var upload = await UploadAsync(client, token, File("A1", "A2", "A3"), "cong-dvc");
        var id = long.Parse(upload.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        var page = await client.GetStringAsync($"/chi-so/nhap/{id}/anh-xa");
        var waiting = await JobAsync(client, id);
        var saved = await client.PostAsync($"/chi-so/nhap/{id}/anh-xa/luu", new FormUrlEncodedContent(MappingForm(token)));
        var done = await WaitAsync(client, id);
        var second = await UploadAsync(client, token, File("B1", "B2"), "cong-dvc");
        var secondId = long.Parse(second.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        var secondDone = await WaitAsync(client, secondId);

        Assert.Equal($"/chi-so/nhap/{id}/anh-xa", upload.Headers.Location!.OriginalString);
        Assert.Equal("NeedsMapping", waiting.GetProperty("status").GetString());
        Assert.Contains("<option value=\"Số hồ sơ\" selected", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Hình thức nộp\" selected", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"da_tra\" selected", page, StringComparison.Ordinal);
        Assert.Contains("10/08/2025 08:00", page, StringComparison.Ordinal);
        Assert.Equal($"/chi-so/nhap/{id}", saved.Headers.Location!.OriginalString);
        Assert.Equal(("Completed", 3L, 0L), (done.GetProperty("status").GetString(), done.GetProperty("imported").GetInt64(), done.GetProperty("rejected").GetInt64()));
        Assert.Equal($"/chi-so/nhap/{secondId}", second.Headers.Location!.OriginalString);
        Assert.Equal(("Completed", 2L), (secondDone.GetProperty("status").GetString(), secondDone.GetProperty("imported").GetInt64()));
        Assert.Equal((2L, 5L), await OnlineRateAsync(client, expectedDenominator: 5));
    }

    [Fact]
    public async Task An_xlsx_export_in_another_layout_with_real_date_cells_goes_through_the_same_mapping_and_imports()
    {
        using var client = await app.LoginAsync("thuongtruc.p");
        var token = await TokenAsync(client);
        var headers = OtherLayout.TrimEnd('\n').Split(';');
        var rows = new[] { ("X1", "Đã trả kết quả", "Trực tuyến", true), ("X2", "Đang giải quyết", "Trực tiếp", false) }
            .Select((r, i) => (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                [headers[0]] = i + 1, [headers[1]] = r.Item1, [headers[2]] = "P.X1",
                [headers[3]] = new DateTime(2025, 8, 10, 8, 0, 0), [headers[4]] = new DateTime(2025, 8, 20, 17, 0, 0),
                [headers[5]] = r.Item4 ? new DateTime(2025, 8, 12, 9, 0, 0) : null, [headers[6]] = r.Item2, [headers[7]] = r.Item3,
            })
            .ToList();
        using var xlsx = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(xlsx, rows);

        var upload = await UploadAsync(client, token, xlsx.ToArray(), "xuat-mot-cua.xlsx", "cong-dvc-xlsx");
        var id = long.Parse(upload.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        var page = await client.GetStringAsync($"/chi-so/nhap/{id}/anh-xa");
        var form = MappingForm(token).Select(f => f.Key == "source" ? KeyValuePair.Create("source", "cong-dvc-xlsx") : f).ToList();
        var saved = await client.PostAsync($"/chi-so/nhap/{id}/anh-xa/luu", new FormUrlEncodedContent(form));
        var done = await WaitAsync(client, id);

        Assert.Equal($"/chi-so/nhap/{id}/anh-xa", upload.Headers.Location!.OriginalString);
        Assert.Contains("<option value=\"Số hồ sơ\" selected", page, StringComparison.Ordinal);
        Assert.Equal($"/chi-so/nhap/{id}", saved.Headers.Location!.OriginalString);
        Assert.Equal(("Completed", 2L, 0L), (done.GetProperty("status").GetString(), done.GetProperty("imported").GetInt64(), done.GetProperty("rejected").GetInt64()));
        Assert.Equal((1L, 2L), await OnlineRateAsync(client, expectedDenominator: 2)); // received in August 2025, one online
    }

    [Fact]
    public async Task A_mapping_without_every_required_column_is_sent_back_with_the_missing_ones_named_and_the_import_keeps_waiting()
    {
        using var client = await app.LoginAsync("thuongtruc.p");
        var token = await TokenAsync(client);
        var upload = await UploadAsync(client, token, File("A1"), "cong-dvc");
        var id = long.Parse(upload.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        var saved = await client.PostAsync($"/chi-so/nhap/{id}/anh-xa/luu", new FormUrlEncodedContent(MappingForm(token, without: "col.kenh_nop")));

        var back = await client.GetStringAsync(saved.Headers.Location!.OriginalString);
        var reload = await client.GetStringAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal($"/chi-so/nhap/{id}/anh-xa", saved.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"map-error\"", back, StringComparison.Ordinal);
        Assert.Contains("kenh_nop", System.Net.WebUtility.HtmlDecode(back), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"map-error\"", reload, StringComparison.Ordinal);
        Assert.Equal("NeedsMapping", (await JobAsync(client, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_officer_of_another_province_cannot_see_or_save_the_mapping_and_a_leader_cannot_save_it()
    {
        using var owner = await app.LoginAsync("thuongtruc.p");
        var upload = await UploadAsync(owner, await TokenAsync(owner), File("A1"), "cong-dvc");
        var id = long.Parse(upload.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        using var stranger = await app.LoginAsync("thuongtruc.q");
        using var leader = await app.LoginAsync("lanhdao.p");

        var strangerResponse = await stranger.GetAsync($"/chi-so/nhap/{id}/anh-xa");
        var strangerPage = await strangerResponse.Content.ReadAsStringAsync();
        var strangerSave = await stranger.PostAsync($"/chi-so/nhap/{id}/anh-xa/luu", new FormUrlEncodedContent(MappingForm(await TokenAsync(stranger))));
        var leaderSave = await leader.PostAsync($"/chi-so/nhap/{id}/anh-xa/luu", new FormUrlEncodedContent(MappingForm("")));

        Assert.Equal(HttpStatusCode.NotFound, strangerResponse.StatusCode);
        Assert.Contains("Không tìm thấy trang", strangerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Số hồ sơ", strangerPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, strangerSave.StatusCode);
        Assert.NotEqual($"/chi-so/nhap/{id}", leaderSave.Headers.Location?.OriginalString);
        Assert.Equal("NeedsMapping", (await JobAsync(owner, id)).GetProperty("status").GetString());
    }

    private static List<KeyValuePair<string, string>> MappingForm(string token, string? without = null) =>
    [
        .. new (string Key, string Value)[]
        {
            ("__RequestVerificationToken", token), ("source", "cong-dvc"),
            ("col.ma_ho_so", "Số hồ sơ"), ("col.ma_don_vi", "Đơn vị tiếp nhận"), ("col.ngay_tiep_nhan", "Ngày tiếp nhận"),
            ("col.han_tra_ket_qua", "Ngày hẹn trả"), ("col.ngay_hoan_thanh", "Ngày hoàn thành"), ("col.trang_thai", "Tình trạng"),
            ("col.kenh_nop", "Hình thức nộp"),
            ("from.trang_thai", "Đã trả kết quả"), ("to.trang_thai", "da_tra"),
            ("from.trang_thai", "Đang giải quyết"), ("to.trang_thai", "dang_xu_ly"),
            ("from.kenh_nop", "Trực tuyến"), ("to.kenh_nop", "truc_tuyen"),
            ("from.kenh_nop", "Trực tiếp"), ("to.kenh_nop", "truc_tiep"),
        }.Where(f => f.Key != without).Select(f => KeyValuePair.Create(f.Key, f.Value)),
    ];

    private static async Task<string> TokenAsync(HttpClient client) =>
        TokenPattern().Match(await client.GetStringAsync("/chi-so/nhap")).Groups[1].Value;

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string token, string content, string source) =>
        UploadAsync(client, token, Encoding.UTF8.GetBytes(content), "xuat-mot-cua.csv", source);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string token, byte[] content, string fileName, string source)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(source), "source" },
            { new ByteArrayContent(content), "file", fileName },
        };
        var response = await client.PostAsync("/chi-so/nhap/tai-len", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    /// <summary>The province's online rate for 2025-Q3, waiting for the recomputation that follows an import.</summary>
    private static async Task<(long Numerator, long Denominator)?> OnlineRateAsync(HttpClient client, long expectedDenominator)
    {
        var online = await OnlineRateAsync(client);
        for (var i = 0; i < 100 && online?.Denominator != expectedDenominator; i++)
        {
            await Task.Delay(100);
            online = await OnlineRateAsync(client);
        }

        return online;
    }

    private static async Task<(long Numerator, long Denominator)?> OnlineRateAsync(HttpClient client)
    {
        var values = await client.GetFromJsonAsync<JsonElement[]>("/api/indicators?period=2025-Q3");
        var online = values!.Where(v => v.GetProperty("code").GetString() == "dossier.online-rate" && v.GetProperty("unitCode").GetString() == "P").ToList();
        return online.Count == 1 ? (online[0].GetProperty("numerator").GetInt64(), online[0].GetProperty("denominator").GetInt64()) : null;
    }

    private static async Task<JsonElement> JobAsync(HttpClient client, long id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/dossiers/import/{id}");

    private static async Task<JsonElement> WaitAsync(HttpClient client, long id)
    {
        var job = await JobAsync(client, id);
        for (var i = 0; i < 100 && job.GetProperty("status").GetString() is not ("Completed" or "Failed"); i++)
        {
            await Task.Delay(100);
            job = await JobAsync(client, id);
        }

        return job;
    }
}
