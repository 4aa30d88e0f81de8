using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ParPlan.Tests.Features.Tasks.Pages;
using static ParPlan.Tests.Features.ParIndex.ParScenario;

namespace ParPlan.Tests.Features.ParIndex.Pages;

public sealed partial class ParPagesTests
{
    [GeneratedRegex("name=\"Score.Version\" value=\"([^\"]*)\"")]
    private static partial Regex ScoreVersion();

    private static MultipartFormDataContent ScoreForm(string page, string code, string points, string explanation, bool withFile)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.Token(page)), "__RequestVerificationToken" },
            { new StringContent("score"), "_handler" },
            { new StringContent(ScoreVersion().Match(page).Groups[1].Value), "Score.Version" },
            { new StringContent(code), "Score.Code" },
            { new StringContent(points), "Score.Points" },
            { new StringContent(explanation), "Score.Explanation" },
        };
        if (withFile)
        {
            form.Add(new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "file", "ke-hoach-cchc.pdf");
        }

        return form;
    }

    [Fact]
    public async Task The_scoring_page_saves_a_score_with_its_file_and_shows_progress_per_field_and_what_is_missing()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standing = await s.App.LoginAsync(StandingA);
        var a = await s.OpenAsync(standing, await s.ImportAsync(appraiser, ParSample.Json(s.Today)), s.CommuneA);
        var url = $"/chi-so-cchc/danh-gia/{a}?linhvuc=1&tc=1.1";
        var page = await standing.GetStringAsync(url);

        var above = await standing.PostAsync(url, ScoreForm(page, "1.1", "15", "", withFile: false));
        var saved = await standing.PostAsync(url, ScoreForm(page, "1.1", "20", "", withFile: true));

        Assert.Contains("Điểm của tiêu chí 1.1 phải là một trong các mức: Đúng hạn = 20; Chậm = 10; Không = 0.", PageForms.Text(await above.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = PageForms.Text(await standing.GetStringAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("Đã lưu điểm tự chấm tiêu chí 1.1.", after, StringComparison.Ordinal);
        Assert.Contains("(1/2)", after, StringComparison.Ordinal);
        Assert.Contains("(0/2)", after, StringComparison.Ordinal);
        Assert.Contains("Còn thiếu điểm tự chấm: 1.2, 2.1, 2.2", after, StringComparison.Ordinal);
        Assert.Contains("ke-hoach-cchc.pdf", after, StringComparison.Ordinal);
        Assert.Contains("Đề xuất của ParPlan", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_self_assessment_report_downloads_as_a_decree_30_docx_with_the_units_scores()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standing = await s.App.LoginAsync(StandingA);
        var a = await s.OpenAsync(standing, await s.ImportAsync(appraiser, ParSample.Json(s.Today)), s.CommuneA);
        await ScoreAsync(standing, a, "2.1", 26.5m, await VersionAsync(standing, a));

        using var response = await standing.GetAsync($"/api/par/assessments/{a}/report");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        // Named as plans and reports name a government (GovernmentNames): the issuer in full, the place name in the date line.
        Assert.Contains("ỦY BAN NHÂN DÂN XÃ AN BÌNH", text, StringComparison.Ordinal);
        Assert.Contains("An Bình, ngày", text, StringComparison.Ordinal);
        Assert.Contains("Tổng điểm tự đánh giá: 26,5/70 điểm", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_officer_sees_the_scoring_link_only_on_its_own_areas_criteria()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standing = await s.App.LoginAsync(StandingA);
        using var economy = await s.App.LoginAsync(EconomyOfficer);
        var a = await s.OpenAsync(standing, await s.ImportAsync(appraiser, ParSample.Json(s.Today)), s.CommuneA);
        await standing.PutAsJsonAsync("/api/par/area-owners", new { governmentId = s.CommuneA, area = "procedures", unitId = s.Economy });

        var direction = PageForms.Text(await economy.GetStringAsync($"/chi-so-cchc/danh-gia/{a}?linhvuc=1"));
        var procedures = PageForms.Text(await economy.GetStringAsync($"/chi-so-cchc/danh-gia/{a}?linhvuc=2"));

        Assert.DoesNotContain("Chấm điểm, thêm minh chứng", direction, StringComparison.Ordinal);
        Assert.Equal(2, PageForms.Count(procedures, "Chấm điểm, thêm minh chứng"));
        Assert.DoesNotContain("Gửi Sở Nội vụ thẩm định", procedures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_page_ranks_the_finalised_communes_with_their_band_and_the_ranking_downloads_as_xlsx()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standing = await s.App.LoginAsync(StandingA);
        var setId = await s.ImportAsync(appraiser, ParSample.Json(s.Today));
        var a = await s.OpenAsync(standing, setId, s.CommuneA);
        var v = await VersionAsync(standing, a);
        foreach (var (code, score) in new[] { ("1.1", 20m), ("1.2", 20m), ("2.1", 28m), ("2.2", 2m) }) v = await ScoreAsync(standing, a, code, score, v);
        v = (await Json(await standing.PostAsJsonAsync($"/api/par/assessments/{a}/submit", new { version = v }))).GetProperty("version").GetInt64();
        v = (await Json(await appraiser.PostAsJsonAsync($"/api/par/assessments/{a}/survey", new { points = 25m, version = v }))).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await appraiser.PostAsJsonAsync($"/api/par/assessments/{a}/finalize", new { version = v })).StatusCode);

        var page = PageForms.Text(await standing.GetStringAsync($"/chi-so-cchc/ket-qua?bo={setId}"));
        using var xlsx = await standing.GetAsync($"/api/par/results/export?criteriaSetId={setId}");

        // 70 + 25 = 95 → "Xuất sắc".
        Assert.Contains("UBND xã An Bình", page, StringComparison.Ordinal);
        Assert.Contains("95%", page, StringComparison.Ordinal);
        Assert.Contains("Xuất sắc", page, StringComparison.Ordinal);
        Assert.Contains("chưa có", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        var row = rows.Single(r => Equals(r["B"], "UBND xã An Bình"));
        Assert.Equal((1d, 95d, "Xuất sắc"), (Convert.ToDouble(row["A"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(row["H"], System.Globalization.CultureInfo.InvariantCulture), row["I"]));
    }

    [Fact]
    public async Task A_set_exported_as_xlsx_in_the_published_layout_imports_again_as_the_next_version_with_the_same_criteria()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        var setId = await s.ImportAsync(appraiser, ParSample.Json(s.Today));

        var xlsx = await appraiser.GetByteArrayAsync($"/api/par/criteria-sets/export?id={setId}");
        var headers = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: false).Cast<IDictionary<string, object>>()
            .First(r => Equals(r["A"], "STT")).Values.Take(4).ToList();
        var upload = new MultipartFormDataContent { { new ByteArrayContent(xlsx), "file", "bo-tieu-chi.xlsx" } };
        var imported = await appraiser.PostAsync("/api/par/criteria-sets", upload);

        Assert.Equal(["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Tài liệu kiểm chứng"], headers);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var again = (await Json(imported)).GetProperty("id").GetGuid();
        var original = await appraiser.GetStringAsync($"/api/par/criteria-sets/export?id={setId}&format=json");
        var roundTrip = await appraiser.GetStringAsync($"/api/par/criteria-sets/export?id={again}&format=json");
        Assert.Equal(original, roundTrip);
        var versions = (await Json(await appraiser.GetAsync("/api/par/criteria-sets"))).EnumerateArray().Select(x => x.GetProperty("version").GetInt32());
        Assert.Equal([2, 1], versions);
    }

    [Fact]
    public async Task The_importer_previews_a_set_and_lists_its_problems_naming_the_codes()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        var page = await appraiser.GetStringAsync("/chi-so-cchc/nhap");
        var bad = ParSample.Json(s.Today).Replace("\"maxPoints\": 40", "\"maxPoints\": 41", StringComparison.Ordinal);
        var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.Token(page)), "__RequestVerificationToken" },
            { new StringContent("preview-file"), "_handler" },
            { new StringContent("1"), "Upload.Marker" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(bad)), "file", "bo.json" },
        };

        var preview = PageForms.Text(await (await appraiser.PostAsync("/chi-so-cchc/nhap", form)).Content.ReadAsStringAsync());

        Assert.Contains("Bộ tiêu chí chưa hợp lệ", preview, StringComparison.Ordinal);
        Assert.Contains("1: điểm tối đa 41 không bằng tổng điểm tối đa các tiêu chí thành phần", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"import\"", preview, StringComparison.Ordinal);
    }
}
