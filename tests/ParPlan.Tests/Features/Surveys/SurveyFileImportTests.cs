using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Core.Spreadsheets;
using ParPlan.Data;
using ParPlan.Features.Indicators;
using ParPlan.Features.Surveys;
using ParPlan.Tests.Features.Tasks;
using static ParPlan.Tests.Features.Surveys.SurveyForms;

namespace ParPlan.Tests.Features.Surveys;

/// <summary>The file import of survey responses: upload, the column-mapping step (suggested from the header), 2.000
/// responses whose indices match a hand computation, a sector below its floor shown as missed, the index on the board;
/// a file with bad rows imports nothing and names each row; XLSX like CSV; the size limit before reading.</summary>
public sealed class SurveyFileImportTests
{
    private const string Header = "STT;Lĩnh vực;Đơn vị;Câu 1;Câu 2;Câu 3;Câu 4;Câu 5\n";

    [Fact]
    public async Task Two_thousand_responses_import_through_a_csv_file_and_their_indices_match_a_hand_computation()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var id = await CreateAsync(standing, s.Province, s.Today.Year);
        await standing.PutAsJsonAsync($"/api/surveys/{id}/targets", new[] { new { sector = "Đất đai", floor = 85m }, new { sector = "Y tế", floor = 85m } });
        var commune = await NameOfAsync(app, s.CommuneA);

        // 1.000 land responses of commune A: 600 answer "Rất hài lòng"/5 everywhere, 400 answer 3 → every element 60%.
        // 1.000 health responses without a unit: 4 on elements 1–4; on element 5, 500 answer 2 and 500 answer 5 → 100, 100, 100, 100, 50.
        var csv = new StringBuilder(Header);
        for (var i = 0; i < 2000; i++)
        {
            csv.Append(i < 1000
                ? $"{i + 1};Đất đai;{commune};{(i < 600 ? "Rất hài lòng;5;5;5;5" : "3;3;3;3;3")}\n"
                : $"{i + 1};Y tế;;4;4;4;4;{(i < 1500 ? 2 : 5)}\n");
        }

        var token = await TokenAsync(standing);
        var upload = await UploadAsync(standing, token, id, csv.ToString());
        var mappingPage = upload.Headers.Location!.OriginalString;
        var page = await standing.GetStringAsync(mappingPage);
        var imported = await ImportAsync(standing, token, mappingPage, 1, 2, FiveColumnsFrom(3));
        var results = await standing.GetFromJsonAsync<JsonElement>($"/api/surveys/{id}/results");
        var resultsPage = await standing.GetStringAsync($"/khao-sat/{id}");

        Assert.StartsWith($"/khao-sat/{id}/nhap/", mappingPage, StringComparison.Ordinal);
        Assert.Contains("<option value=\"1\" selected", page, StringComparison.Ordinal); // the sector column suggested
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal($"/khao-sat/{id}", imported.Headers.Location!.OriginalString);
        Assert.Equal(2000, results.GetProperty("responses").GetInt32());
        // Elements 1–4: (600 + 1.000) / 2.000 = 80; element 5: (600 + 500) / 2.000 = 55; overall = (4 × 80 + 55) / 5 = 75.
        Assert.Equal([80m, 80m, 80m, 80m, 55m], results.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("index").GetDecimal()));
        Assert.Equal(75m, results.GetProperty("overall").GetDecimal());
        var sectors = results.GetProperty("bySector").EnumerateArray().ToDictionary(x => x.GetProperty("sector").GetString()!);
        Assert.Equal((1000, 60m, false), (sectors["Đất đai"].GetProperty("responses").GetInt32(), sectors["Đất đai"].GetProperty("index").GetDecimal(),
            sectors["Đất đai"].GetProperty("met").GetBoolean()));
        Assert.Equal((90m, true), (sectors["Y tế"].GetProperty("index").GetDecimal(), sectors["Y tế"].GetProperty("met").GetBoolean()));
        var unit = Assert.Single(results.GetProperty("byUnit").EnumerateArray());
        Assert.Equal((s.CommuneA.ToString(), 60m), (unit.GetProperty("unitId").GetString(), unit.GetProperty("index").GetDecimal()));
        Assert.Matches("data-sector=\"Đất đai\"[^>]*>(?:(?!</tr>).)*Chưa đạt", resultsPage.ReplaceLineEndings(" "));
        Assert.Contains(commune, resultsPage, StringComparison.Ordinal);
        Assert.Equal(75m, await BoardActualAsync(app, s.Province, s.Today.Year));
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_each_bad_row_with_its_reason_in_vietnamese()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var id = await CreateAsync(standing, s.Province, s.Today.Year);
        const string Csv = Header
            + "1;Tư pháp;;5;5;5;5;5\n"
            + "2;;;5;5;5;5;5\n"
            + "3;Tư pháp;;7;5;5;5;5\n"
            + "4;Tư pháp;Xã Không Có;5;5;5;5;5\n"
            + "5;Tư pháp;;khá;5;5;5;5\n"
            + "6;Tư pháp;;;;;;\n";

        var token = await TokenAsync(standing);
        var mappingPage = (await UploadAsync(standing, token, id, Csv)).Headers.Location!.OriginalString;
        var refused = await ImportAsync(standing, token, mappingPage, 1, 2, FiveColumnsFrom(3));
        var page = await standing.GetStringAsync(mappingPage);
        var results = await standing.GetFromJsonAsync<JsonElement>($"/api/surveys/{id}/results");

        Assert.Equal(mappingPage, refused.Headers.Location!.OriginalString);
        Assert.Contains("5 dòng có lỗi nên chưa nhập phiếu nào", page, StringComparison.Ordinal);
        Assert.Contains("data-line=\"3\"", page, StringComparison.Ordinal);
        Assert.Contains("Thiếu lĩnh vực", page, StringComparison.Ordinal);
        Assert.Contains("Điểm 7 của yếu tố 1 (Tiếp cận dịch vụ) nằm ngoài thang 1–5", page, StringComparison.Ordinal);
        Assert.Contains("Không có đơn vị «Xã Không Có»", page, StringComparison.Ordinal);
        Assert.Contains("Ô «khá» của yếu tố 1", page, StringComparison.Ordinal);
        Assert.Contains("Phiếu không có câu trả lời nào", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-line=\"2\"", page, StringComparison.Ordinal);
        Assert.Equal(0, results.GetProperty("responses").GetInt32());
    }

    [Fact]
    public async Task An_xlsx_file_imports_like_a_csv_and_a_second_import_of_the_same_upload_is_refused()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var id = await CreateAsync(standing, s.Province, s.Today.Year);
        var columns = new[] { "Lĩnh vực", "Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức trực tiếp giải quyết công việc", "Kết quả dịch vụ",
            "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị" }.Select(h => new XlsxColumn(h, 20)).ToList();
        var rows = new List<IReadOnlyList<object?>> { new object?[] { "Xây dựng", 5, 4, 3, 2, 1 }, new object?[] { "Xây dựng", 4, 4, 4, 4, 4 } };
        var xlsx = XlsxWriter.Write([new XlsxSheet("Phiếu", [], columns, rows)]);

        var token = await TokenAsync(standing);
        var mappingPage = (await UploadAsync(standing, token, id, xlsx, "phieu.xlsx")).Headers.Location!.OriginalString;
        var page = await standing.GetStringAsync(mappingPage);
        var imported = await ImportAsync(standing, token, mappingPage, 0, null, FiveColumnsFrom(1));
        var again = await ImportAsync(standing, token, mappingPage, 0, null, FiveColumnsFrom(1));
        var results = await standing.GetFromJsonAsync<JsonElement>($"/api/surveys/{id}/results");

        Assert.Contains("data-testid=\"map-q.5\"", page, StringComparison.Ordinal);
        Assert.Matches("name=\"q.5\"(?:(?!</select>).)*<option value=\"5\" selected", page.ReplaceLineEndings(" "));
        Assert.Equal($"/khao-sat/{id}", imported.Headers.Location!.OriginalString);
        Assert.Equal(mappingPage, again.Headers.Location!.OriginalString);
        Assert.Equal(2, results.GetProperty("responses").GetInt32());
        // Elements: 1 → 100, 2 → 100, 3 → 50, 4 → 50, 5 → 50; overall 70.
        Assert.Equal([100m, 100m, 50m, 50m, 50m], results.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("index").GetDecimal()));
        Assert.Equal(70m, results.GetProperty("overall").GetDecimal());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_read_and_other_files_say_what_to_fix()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false", ["Surveys:MaxUploadBytes"] = "2048" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var id = await CreateAsync(standing, s.Province, s.Today.Year);
        var token = await TokenAsync(standing);

        var huge = await UploadAsync(standing, token, id, Header + string.Concat(Enumerable.Repeat("1;Tư pháp;;5;5;5;5;5\n", 2000)));
        var hugePage = await standing.GetStringAsync(huge.Headers.Location!.OriginalString);
        var pdf = await UploadAsync(standing, token, id, "%PDF-1.4"u8.ToArray(), "phieu.pdf");
        var pdfPage = await standing.GetStringAsync(pdf.Headers.Location!.OriginalString);
        var broken = await UploadAsync(standing, token, id, [0x4C, 0xC3, 0x28, 0x0A, 0xFF, 0xFE], "phieu.csv");
        var brokenPage = await standing.GetStringAsync(broken.Headers.Location!.OriginalString);
        var empty = await UploadAsync(standing, token, id, "Lĩnh vực;Câu 1\n", "phieu.csv");
        var emptyPage = await standing.GetStringAsync(empty.Headers.Location!.OriginalString);
        var stored = await StoredUploadsAsync(app, id);

        Assert.Equal($"/khao-sat/{id}/nhap", huge.Headers.Location!.OriginalString);
        Assert.Contains("Tệp vượt quá giới hạn", hugePage, StringComparison.Ordinal);
        Assert.Contains("Chỉ nhận tệp CSV (UTF-8) hoặc XLSX", pdfPage, StringComparison.Ordinal);
        Assert.Contains("Không đọc được tệp", brokenPage, StringComparison.Ordinal);
        Assert.Contains("Tệp không có phiếu nào", emptyPage, StringComparison.Ordinal);
        Assert.Equal(0, stored);
    }

    private static async Task<string> NameOfAsync(ParPlanFactory app, Guid unit)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Units.Where(u => u.Id == unit).Select(u => u.Name).SingleAsync();
    }

    private static async Task<int> StoredUploadsAsync(ParPlanFactory app, Guid campaign)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SurveyUpload>().CountAsync(u => u.CampaignId == campaign);
    }

    private static async Task<decimal?> BoardActualAsync(ParPlanFactory app, Guid government, int year)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var board = await scope.ServiceProvider.GetRequiredService<IndicatorQueries>().BoardAsync(government, ReportingPeriod.ForYear(year));
        return board!.Rows.Single(r => r.Code == IndicatorCodes.SurveySatisfactionIndex).Value;
    }
}
