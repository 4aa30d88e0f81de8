using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators.Pages;

/// <summary>The board and its drill-downs as a civil servant reads them: Vietnamese names instead of codes, governments
/// that exist, the user's own government first, and a period picker.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed partial class BoardPageTests : IAsyncLifetime
{
    private readonly ParPlanFactory app = new(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });

    private Guid province;

    private Guid commune;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    /// <summary>The text a reader sees: the markup without its tags and attributes.</summary>
    private static string Visible(string html) => WebUtility.HtmlDecode(Tag().Replace(html, " "));

    public async Task InitializeAsync()
    {
        // An old province abolished by the 2025 merger sorts before the current one by code.
        var abolished = await app.AddUnitAsync("A.CU", "UBND tỉnh Cũ", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        commune = await app.AddUnitAsync("P.X1", "UBND xã Một", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var old = await db.Units.FindAsync(abolished);
            (old!.ValidFrom, old.ValidTo) = (new DateOnly(2020, 1, 1), new DateOnly(2025, 6, 30));
            await db.SaveChangesAsync();
        }

        await app.AddUserAsync("quantri", Roles.Admin, null);
        await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
        await app.AddUserAsync("thuongtruc.x1", Roles.StandingOfficer, commune);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static async Task ImportAsync(HttpClient client, string unit = "P.X1")
    {
        var csv = Header + "\n" + string.Join("\n",
            Row("HS1", unit, "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "da_tra", channel: "truc_tuyen"),
            Row("HS2", unit, "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-15T09:00", "da_xu_ly"),
            Row("HS3", unit, "2025-08-04T08:00", "2025-08-10T17:00", null, "rut_ho_so")) + "\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "hoso.csv");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/dossiers/import", form)).StatusCode);
    }

    private static string Options(string html, string name) =>
        Regex.Match(html, $"<select name=\"{name}\".*?</select>", RegexOptions.Singleline).Value;

    [Fact]
    public async Task The_administrator_lands_on_a_government_that_exists_and_the_abolished_province_is_not_offered()
    {
        using var admin = await app.LoginAsync("quantri");

        var html = await admin.GetStringAsync("/chi-so");
        var governments = Options(html, "dv");

        Assert.DoesNotContain("UBND tỉnh Cũ", governments, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{province}\" selected", governments, StringComparison.Ordinal);
        Assert.Contains("UBND xã Một", governments, StringComparison.Ordinal);
        Assert.Contains("UBND tỉnh Thử —", Visible(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_communes_officer_opens_the_board_on_their_own_commune_and_is_offered_nothing_else()
    {
        using var officer = await app.LoginAsync("thuongtruc.x1");

        var governments = Options(await officer.GetStringAsync("/chi-so"), "dv");

        Assert.Contains($"<option value=\"{commune}\" selected", governments, StringComparison.Ordinal);
        Assert.DoesNotContain(province.ToString(), governments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_of_a_communes_one_stop_centre_sees_the_centres_own_numbers_and_no_government()
    {
        var centre = await app.AddUnitAsync("P.X1.MC", "Trung tâm Phục vụ hành chính công xã Một", UnitKind.OneStopCentre, UnitLevel.Commune, commune);
        await app.AddUserAsync("donvi.x1.mc", Roles.UnitOfficer, centre);
        using (var standing = await app.LoginAsync("thuongtruc.p"))
        {
            await ImportAsync(standing, "P.X1.MC");
        }

        using var officer = await app.LoginAsync("donvi.x1.mc");
        var html = await officer.GetStringAsync("/chi-so?ky=2025-Q3");
        var late = await officer.GetStringAsync("/ho-so-tre-han?ky=2025-Q3");
        var governments = Options(html, "dv");
        var text = Visible(html);

        Assert.Contains($"<option value=\"{centre}\" selected", governments, StringComparison.Ordinal);
        Assert.DoesNotContain(commune.ToString(), governments, StringComparison.Ordinal);
        Assert.DoesNotContain(province.ToString(), governments, StringComparison.Ordinal);
        Assert.Contains("Đơn vị", Visible(Regex.Match(html, "<label[^>]*>[^<]*<br", RegexOptions.Singleline).Value), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"own-unit-board\"", html, StringComparison.Ordinal);
        Assert.Contains("Trung tâm Phục vụ hành chính công xã Một — Quý III/2025", text, StringComparison.Ordinal);
        var received = Visible(Regex.Match(html, "<tr data-code=\"dossier.received\".*?</tr>", RegexOptions.Singleline).Value);
        Assert.Contains("Số hồ sơ TTHC tiếp nhận", received, StringComparison.Ordinal);
        Assert.Matches(@"\b3\b", received);
        Assert.DoesNotContain(IndicatorBoardQueries.OutOfScope, text, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{centre}\" selected", Options(late, "dv"), StringComparison.Ordinal);
        Assert.DoesNotContain(IndicatorBoardQueries.OutOfScope, Visible(late), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_of_a_department_without_dossiers_is_told_why_the_board_is_empty_and_not_asked_to_import()
    {
        var department = await app.AddUnitAsync("P.X1.VH", "Phòng Văn hoá - Xã hội xã Một", UnitKind.Department, UnitLevel.Commune, commune);
        await app.AddUserAsync("donvi.x1.vh", Roles.UnitOfficer, department);
        using (var standing = await app.LoginAsync("thuongtruc.p"))
        {
            await ImportAsync(standing);
        }

        using var officer = await app.LoginAsync("donvi.x1.vh");
        var text = Visible(await officer.GetStringAsync("/chi-so?ky=2025-Q3"));

        Assert.Contains("Phòng Văn hoá - Xã hội xã Một — Quý III/2025", text, StringComparison.Ordinal);
        Assert.Contains("Chưa có số liệu cho kỳ này", text, StringComparison.Ordinal);
        Assert.Contains("cơ quan thường trực CCHC nhập dữ liệu hồ sơ một cửa", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nhập dữ liệu hồ sơ một cửa để tính chỉ số", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UBND xã Một —", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_period_is_picked_by_its_vietnamese_name_and_the_contract_codes_still_select_it()
    {
        using var officer = await app.LoginAsync("thuongtruc.p");
        var year = VietnamTime.Today(app.Time).Year;

        var html = await officer.GetStringAsync("/chi-so");
        var picked = await officer.GetStringAsync("/chi-so?ky=2025-Q3");
        var byYear = await officer.GetStringAsync("/chi-so?nam=2025");
        var periods = Options(html, "ky");

        foreach (var label in new[] { $"Quý I/{year}", $"6 tháng đầu năm {year}", $"9 tháng đầu năm {year}", $"Năm {year}", $"Quý IV/{year - 1}" })
        {
            Assert.Contains(label, periods, StringComparison.Ordinal);
        }

        Assert.Contains($"<option value=\"{year}\" selected", periods, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"nam\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2025-Q3\" selected", Options(picked, "ky"), StringComparison.Ordinal);
        Assert.Contains("UBND tỉnh Thử — Quý III/2025", Visible(picked), StringComparison.Ordinal);
        Assert.Contains("UBND tỉnh Thử — Năm 2025", Visible(byYear), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_shows_indicator_and_group_names_never_their_codes()
    {
        using var officer = await app.LoginAsync("thuongtruc.p");
        await ImportAsync(officer);

        var text = Visible(await officer.GetStringAsync("/chi-so?ky=2025-Q3"));

        Assert.Contains("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn", text, StringComparison.Ordinal);
        Assert.Contains("Cung cấp dịch vụ trực tuyến", text, StringComparison.Ordinal);
        Assert.Contains("Tổng điểm các nhóm ước tính được", text, StringComparison.Ordinal);
        Assert.Contains("/ 20 điểm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dossier.", text, StringComparison.Ordinal);
        foreach (var code in new[] { "publicity", "progress", "digitisation", "onlineservices", "satisfaction", "total" })
        {
            Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_board_without_data_says_that_each_section_is_empty()
    {
        using var officer = await app.LoginAsync("thuongtruc.p");

        var html = await officer.GetStringAsync("/chi-so?ky=2025-Q3");

        Assert.Contains("data-testid=\"board-empty\"", html, StringComparison.Ordinal);
        Assert.Contains("Chưa có số liệu cho kỳ này", Visible(html), StringComparison.Ordinal);
        Assert.Contains("Chưa ước tính được", Visible(html), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"board\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_drill_downs_show_unit_names_and_dossier_statuses_in_vietnamese()
    {
        using var officer = await app.LoginAsync("thuongtruc.p");
        await ImportAsync(officer);

        var units = Visible(await officer.GetStringAsync($"/chi-so/don-vi?dv={province}&ky=2025-Q3&ma=dossier.received"));
        var dossiers = Visible(await officer.GetStringAsync($"/chi-so/ho-so?dv={province}&ky=2025-Q3&ma=dossier.received"));
        var none = Visible(await officer.GetStringAsync($"/chi-so/ho-so?dv={province}&ky=2024-Q1&ma=dossier.received"));

        Assert.Contains("UBND xã Một", units, StringComparison.Ordinal);
        Assert.DoesNotContain("P.X1", units, StringComparison.Ordinal);
        Assert.Contains("UBND xã Một", dossiers, StringComparison.Ordinal);
        Assert.DoesNotContain("P.X1", dossiers, StringComparison.Ordinal);
        Assert.Contains("Đã trả kết quả", dossiers, StringComparison.Ordinal);
        Assert.Contains("Đã xử lý xong", dossiers, StringComparison.Ordinal);
        Assert.Contains("Công dân rút hồ sơ", dossiers, StringComparison.Ordinal);
        foreach (var english in new[] { "Returned", "Processed", "Withdrawn" })
        {
            Assert.DoesNotContain(english, dossiers, StringComparison.Ordinal);
        }

        Assert.Contains("Số hồ sơ TTHC tiếp nhận", dossiers, StringComparison.Ordinal);
        Assert.Contains("Không có hồ sơ nào", none, StringComparison.Ordinal);
    }

    [Fact]
    public void The_board_page_and_the_import_pages_do_not_reach_the_database_themselves()
    {
        var pages = typeof(ParPlan.Features.Indicators.IndicatorQueries).Assembly.GetTypes()
            .Where(t => t.Namespace is "ParPlan.Features.Indicators.Pages" or "ParPlan.Features.Dossiers.Pages"
                && typeof(Microsoft.AspNetCore.Components.ComponentBase).IsAssignableFrom(t))
            .ToList();

        var injecting = pages.Where(t => t.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Any(p => p.PropertyType == typeof(AppDbContext))).Select(t => t.Name).ToList();

        Assert.Contains(pages, t => t.Name == "BoardPage");
        Assert.Empty(injecting);
    }
}
