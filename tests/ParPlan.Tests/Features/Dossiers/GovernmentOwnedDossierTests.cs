using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Auth;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>Column maps and import jobs belong to one government: a commune's officer can neither change the province's
/// map (which the province's imports keep reading) nor read the province's import jobs; changes to the shared map are
/// audited with who and which government.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed class GovernmentOwnedDossierTests : IAsyncLifetime
{
    private const string Layout = "So;Don vi;Nhan;Han;Xong;Tinh trang;Kenh\n";

    /// <summary>The province's export: "Qua mạng" is an online dossier, "Tại quầy" is not.</summary>
    private const string ProvinceMap = """
        { "delimiter": ";", "columns": { "So": "ma_ho_so", "Don vi": "ma_don_vi", "Nhan": "ngay_tiep_nhan", "Han": "han_tra_ket_qua",
          "Xong": "ngay_hoan_thanh", "Tinh trang": "trang_thai", "Kenh": "kenh_nop" },
          "channelValues": { "Qua mạng": "truc_tuyen", "Tại quầy": "truc_tiep" } }
        """;

    /// <summary>The same layout with every dossier counted online: what a falsified map would make of the province's rate.</summary>
    private const string FalsifiedMap = """
        { "delimiter": ";", "columns": { "So": "ma_ho_so", "Don vi": "ma_don_vi", "Nhan": "ngay_tiep_nhan", "Han": "han_tra_ket_qua",
          "Xong": "ngay_hoan_thanh", "Tinh trang": "trang_thai", "Kenh": "kenh_nop" },
          "channelValues": { "Qua mạng": "truc_tuyen", "Tại quầy": "truc_tuyen" } }
        """;

    private readonly ParPlanFactory app = new(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });

    private Guid province;

    private Guid commune;

    public async Task InitializeAsync()
    {
        province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        var commune = await app.AddUnitAsync("P.X1", "UBND xã Một", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
        await app.AddUserAsync("thuongtruc.x1", Roles.StandingOfficer, commune);
        await app.AddUserAsync("quantri", Roles.Admin, null);
        this.commune = commune;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_communes_officer_cannot_overwrite_the_provinces_map_and_the_provinces_import_still_reads_it()
    {
        using var officer = await app.LoginAsync("thuongtruc.p");
        using var commune = await app.LoginAsync("thuongtruc.x1");
        Assert.Equal(HttpStatusCode.OK, (await PutMapAsync(officer, "tai-len", ProvinceMap)).StatusCode);

        var named = await PutMapAsync(commune, $"tai-len?governmentId={province}", FalsifiedMap);
        var own = await PutMapAsync(commune, "tai-len", FalsifiedMap);
        var import = await officer.PostAsync("/api/dossiers/import", Upload(Layout
            + "A1;P;2025-08-04T08:00;2025-08-10T17:00;2025-08-05T09:00;da_tra;Qua mạng\n"
            + "A2;P;2025-08-04T08:00;2025-08-10T17:00;2025-08-05T09:00;da_tra;Tại quầy\n", "tai-len"));
        var summary = await import.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, named.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(await StoredMapsAsync("tai-len"), json => DossierColumnMap.FromJson(json).ChannelValues!["Tại quầy"] == "truc_tiep");
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal((2L, 0L), (summary.GetProperty("imported").GetInt64(), summary.GetProperty("rejected").GetInt64()));
        Assert.Equal((1L, 2L), await OnlineRateAsync(officer, "P"));
    }

    [Fact]
    public async Task A_communes_import_reads_the_provinces_map_until_the_commune_saves_its_own()
    {
        using var officer = await app.LoginAsync("thuongtruc.p");
        using var commune = await app.LoginAsync("thuongtruc.x1");
        await PutMapAsync(officer, "tai-len", ProvinceMap);

        var shared = await commune.PostAsync("/api/dossiers/import", Upload(Layout
            + "B1;P.X1;2025-08-04T08:00;2025-08-10T17:00;2025-08-05T09:00;da_tra;Tại quầy\n", "tai-len"));
        await PutMapAsync(commune, "tai-len", FalsifiedMap);
        var owned = await commune.PostAsync("/api/dossiers/import", Upload(Layout
            + "B2;P.X1;2025-08-04T08:00;2025-08-10T17:00;2025-08-05T09:00;da_tra;Tại quầy\n", "tai-len"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (shared.StatusCode, owned.StatusCode));
        Assert.Equal((1L, 2L), await OnlineRateAsync(commune, "P.X1"));
    }

    [Fact]
    public async Task Another_governments_import_job_answers_404_through_the_api_and_its_page_and_is_not_listed()
    {
        using var officer = await app.LoginAsync("thuongtruc.p");
        using var commune = await app.LoginAsync("thuongtruc.x1");
        var import = await officer.PostAsync("/api/dossiers/import", Upload(DossierStore.Header + "\n"
            + DossierStore.Row("HS1", "P", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "bi-mat-cua-tinh") + "\n", name: "so-lieu-tinh.csv"));
        var id = (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetInt64();

        var api = await commune.GetAsync($"/api/dossiers/import/{id}");
        var page = await commune.GetAsync($"/chi-so/nhap/{id}");
        var pageText = await page.Content.ReadAsStringAsync();
        var list = await commune.GetStringAsync("/chi-so/nhap");
        var ownPage = await officer.GetAsync($"/chi-so/nhap/{id}");

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Không tìm thấy trang", pageText, StringComparison.Ordinal);
        Assert.DoesNotContain("so-lieu-tinh.csv", pageText, StringComparison.Ordinal);
        Assert.DoesNotContain("bi-mat-cua-tinh", pageText, StringComparison.Ordinal);
        Assert.DoesNotContain("so-lieu-tinh.csv", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.Contains("bi-mat-cua-tinh", await ownPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/dossiers/import/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_communes_import_of_the_provinces_rows_rejects_each_as_another_governments_and_the_page_says_how_many_it_shows()
    {
        using var commune = await app.LoginAsync("thuongtruc.x1");
        var rows = string.Concat(Enumerable.Range(1, 501).Select(i =>
            DossierStore.Row($"HS{i}", "P", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "da_tra") + "\n"));
        var import = await commune.PostAsync("/api/dossiers/import", Upload(DossierStore.Header + "\n" + rows));
        var id = (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetInt64();

        var page = System.Net.WebUtility.HtmlDecode(await commune.GetStringAsync($"/chi-so/nhap/{id}"));

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Contains("Đơn vị 'P' thuộc chính quyền khác", page, StringComparison.Ordinal);
        Assert.DoesNotContain("không có trong danh mục đơn vị", page, StringComparison.Ordinal);
        Assert.Contains("Hiển thị 500 dòng đầu trong 501 dòng bị loại", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_communes_import_job_answers_404_to_the_provinces_officer_through_the_api_and_its_page()
    {
        using var officer = await app.LoginAsync("thuongtruc.p");
        using var commune = await app.LoginAsync("thuongtruc.x1");
        var import = await commune.PostAsync("/api/dossiers/import", Upload(DossierStore.Header + "\n"
            + DossierStore.Row("HS9", "P.X1", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "bi-mat-cua-xa") + "\n", name: "so-lieu-xa.csv"));
        var id = (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetInt64();

        var page = await officer.GetAsync($"/chi-so/nhap/{id}");
        var pageText = await page.Content.ReadAsStringAsync();
        var api = await officer.GetAsync($"/api/dossiers/import/{id}");
        var own = await commune.GetAsync($"/chi-so/nhap/{id}");

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("so-lieu-xa.csv", pageText, StringComparison.Ordinal);
        Assert.DoesNotContain("bi-mat-cua-xa", pageText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("so-lieu-xa.csv", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_to_the_shared_province_map_is_audited_with_who_made_it_and_for_which_government()
    {
        using var officer = await app.LoginAsync("thuongtruc.p");
        await PutMapAsync(officer, "tai-len", ProvinceMap);
        await PutMapAsync(officer, "tai-len", FalsifiedMap);

        await using var scope = app.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(DossierSourceMap)).OrderBy(a => a.Id).ToListAsync();

        Assert.Equal([AuditAction.Added, AuditAction.Modified], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("thuongtruc.p", $"{province}|tai-len"), (e.UserName, e.EntityKey)));
        Assert.Contains("truc_tiep", entries[1].Before!, StringComparison.Ordinal);
        Assert.DoesNotContain("truc_tiep", entries[1].After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrator_imports_for_a_named_government_and_an_officer_naming_another_government_gets_404()
    {
        using var admin = await app.LoginAsync("quantri");
        using var officer = await app.LoginAsync("thuongtruc.x1");
        await PutMapAsync(admin, $"tai-len?governmentId={commune}", ProvinceMap);
        var file = Layout + "C1;P.X1;2025-08-04T08:00;2025-08-10T17:00;2025-08-05T09:00;da_tra;Tại quầy\n"
            + "C2;P;2025-08-04T08:00;2025-08-10T17:00;2025-08-05T09:00;da_tra;Tại quầy\n";

        var forCommune = await admin.PostAsync("/api/dossiers/import", Upload(file, "tai-len", governmentId: commune));
        var summary = await forCommune.Content.ReadFromJsonAsync<JsonElement>();
        var job = await officer.GetAsync($"/api/dossiers/import/{summary.GetProperty("batchId").GetInt64()}");
        var intoProvince = await officer.PostAsync("/api/dossiers/import", Upload(file, "tai-len", governmentId: province));
        var mapOfProvince = await PutMapAsync(officer, $"tai-len?governmentId={province}", ProvinceMap);

        Assert.Equal(HttpStatusCode.OK, forCommune.StatusCode);
        Assert.Equal((1L, 1L), (summary.GetProperty("imported").GetInt64(), summary.GetProperty("rejected").GetInt64()));
        Assert.Equal(HttpStatusCode.OK, job.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, intoProvince.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, mapOfProvince.StatusCode);
    }

    [Fact]
    public async Task The_command_line_reads_the_shared_province_map_or_the_map_of_the_government_it_names()
    {
        using var officer = await app.LoginAsync("thuongtruc.p");
        using var communeOfficer = await app.LoginAsync("thuongtruc.x1");
        await PutMapAsync(officer, "tai-len", ProvinceMap);
        await PutMapAsync(communeOfficer, "tai-len", FalsifiedMap);
        var path = Path.Combine(app.DataDirectory, "xuat.csv");
        await File.WriteAllTextAsync(path, Layout + "D1;P.X1;2025-08-04T08:00;2025-08-10T17:00;2025-08-05T09:00;da_tra;Tại quầy\n");

        var (shared, sharedOut) = await CliAsync("import", path, "--source", "tai-len", "--data", app.DataDirectory);
        var afterShared = await ChannelAsync("D1");
        var (named, namedOut) = await CliAsync("import", path, "--source", "tai-len", "--government", "P.X1", "--data", app.DataDirectory);
        var afterNamed = await ChannelAsync("D1");
        var (unknown, _) = await CliAsync("import", path, "--source", "tai-len", "--government", "KHONG-CO", "--data", app.DataDirectory);

        Assert.Equal((0, 0, 2), (shared, named, unknown));
        Assert.Contains("Thêm mới: 1", sharedOut, StringComparison.Ordinal);
        Assert.Contains("Cập nhật: 1", namedOut, StringComparison.Ordinal);
        Assert.Equal((DossierChannel.InPerson, DossierChannel.Online), (afterShared, afterNamed));
    }

    private async Task<DossierChannel> ChannelAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Dossier>().AsNoTracking()
            .Where(d => d.Code == code).Select(d => d.Channel).SingleAsync();
    }

    private static async Task<(int Code, string Out)> CliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await DossierCli.DossiersAsync(args, stdout, stderr);
        return (code, stdout + stderr.ToString());
    }

    private static Task<HttpResponseMessage> PutMapAsync(HttpClient client, string sourceAndQuery, string map) =>
        client.PutAsync($"/api/dossiers/maps/{sourceAndQuery}", new StringContent(map, Encoding.UTF8, "application/json"));

    private static MultipartFormDataContent Upload(string content, string? source = null, string name = "xuat.csv", Guid? governmentId = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", name } };
        if (source is not null) form.Add(new StringContent(source), "source");
        if (governmentId is not null) form.Add(new StringContent(governmentId.ToString()!), "governmentId");
        return form;
    }

    private async Task<List<string>> StoredMapsAsync(string source)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<DossierSourceMap>().AsNoTracking()
            .Where(m => m.Source == source).Select(m => m.MapJson).ToListAsync();
    }

    private static async Task<(long, long)?> OnlineRateAsync(HttpClient client, string unitCode)
    {
        var values = await client.GetFromJsonAsync<JsonElement[]>("/api/indicators?period=2025-Q3");
        var online = values!.Where(v => v.GetProperty("code").GetString() == "dossier.online-rate" && v.GetProperty("unitCode").GetString() == unitCode).ToList();
        return online.Count == 1 ? (online[0].GetProperty("numerator").GetInt64(), online[0].GetProperty("denominator").GetInt64()) : null;
    }
}
