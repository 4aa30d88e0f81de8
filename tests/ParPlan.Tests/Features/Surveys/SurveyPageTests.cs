using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using ParPlan.Tests.Features.Tasks;
using static ParPlan.Tests.Features.Surveys.SurveyForms;

namespace ParPlan.Tests.Features.Surveys;

/// <summary>The survey pages: questions edited as data until responses lock them, who may open and change what (the
/// leader reads, the unit officer outside the government does not find the campaign), the XLSX export.</summary>
public sealed class SurveyPageTests
{
    [Fact]
    public async Task The_standing_officer_adds_a_question_and_its_answers_count_in_its_element_until_responses_lock_the_set()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var id = await CreateAsync(standing, s.Province, s.Today.Year);
        var token = await TokenAsync(standing);
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        for (var i = 0; i < 5; i++)
        {
            var code = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            form.AddRange([new($"q{i}.code", code), new($"q{i}.element", code), new($"q{i}.text", $"Câu {code}"), new($"q{i}.scale", "5"), new($"q{i}.satisfied", "4")]);
        }

        // A sixth question in element 1, on a 10-point scale satisfied from 8.
        form.AddRange([new("q5.code", "1.2"), new("q5.element", "1"), new("q5.text", "Thời gian chờ đợi"), new("q5.scale", "10"), new("q5.satisfied", "8")]);
        var saved = await standing.PostAsync($"/khao-sat/{id}/cau-hoi/luu", new FormUrlEncodedContent(form));
        var missing = await standing.PostAsync($"/khao-sat/{id}/cau-hoi/luu", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("q0.code", "1"), new("q0.element", "1"), new("q0.text", "Câu 1"), new("q0.scale", "5"), new("q0.satisfied", "4")]));
        var missingPage = await standing.GetStringAsync($"/khao-sat/{id}/cau-hoi");
        var posted = await standing.PostAsJsonAsync($"/api/surveys/{id}/responses", new[]
        {
            new { sector = "Tư pháp", answers = new Dictionary<string, int> { ["1"] = 5, ["1.2"] = 9 } },
            new { sector = "Tư pháp", answers = new Dictionary<string, int> { ["1"] = 5, ["1.2"] = 7 } },
            new { sector = "Tư pháp", answers = new Dictionary<string, int> { ["1.2"] = 11 } },
        });
        var locked = await standing.PostAsync($"/khao-sat/{id}/cau-hoi/luu", new FormUrlEncodedContent(form));
        var lockedPage = await standing.GetStringAsync($"/khao-sat/{id}/cau-hoi");
        var outcome = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var results = await standing.GetFromJsonAsync<JsonElement>($"/api/surveys/{id}/results");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Mỗi yếu tố SIPAS cần ít nhất một câu hỏi; còn thiếu: 2. Thủ tục hành chính", missingPage, StringComparison.Ordinal);
        Assert.Equal(2, outcome.GetProperty("imported").GetInt32());
        Assert.Contains("Điểm 11 của câu 1.2 (yếu tố 1) nằm ngoài thang 1–10", outcome.GetProperty("rejected")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        // Element 1 over both questions: 5, 9 (satisfied), 5, 7 (not: below 8) → 3 of 4 = 75.
        Assert.Equal(75m, results.GetProperty("elements")[0].GetProperty("index").GetDecimal());
        Assert.Equal(4, results.GetProperty("elements")[0].GetProperty("answers").GetInt32());
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains("đã có phiếu trả lời nên không sửa được bộ câu hỏi", lockedPage, StringComparison.Ordinal);
        Assert.Contains("Thời gian chờ đợi", lockedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, missing.StatusCode);
    }

    [Fact]
    public async Task A_leader_reads_the_results_but_may_not_import_and_a_unit_officer_outside_the_government_does_not_find_them()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        var id = await CreateAsync(standing, s.Province, s.Today.Year, "Khảo sát của tỉnh");
        var leaderToken = await TokenOfAsync(leader);

        var leaderResults = await leader.GetAsync($"/khao-sat/{id}");
        var leaderList = await leader.GetStringAsync("/khao-sat");
        var leaderImport = await leader.GetAsync($"/khao-sat/{id}/nhap");
        var leaderCreate = await leader.GetAsync("/khao-sat/tao");
        var leaderUpload = await UploadAsync(leader, leaderToken, id, "Lĩnh vực,Câu 1\nTư pháp,5\n");
        var leaderQuestions = await leader.GetStringAsync($"/khao-sat/{id}/cau-hoi");
        var officerResults = await officer.GetAsync($"/khao-sat/{id}");
        var officerExport = await officer.GetAsync($"/khao-sat/{id}/xuat");
        var officerList = await officer.GetStringAsync("/khao-sat");
        var standingList = await standing.GetStringAsync("/khao-sat");

        Assert.Equal(HttpStatusCode.OK, leaderResults.StatusCode);
        Assert.Contains("Khảo sát của tỉnh", leaderList, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"survey-create\"", leaderList, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"survey-import\"", await leaderResults.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, leaderImport.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderCreate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderUpload.StatusCode);
        Assert.Contains("data-testid=\"questions-locked\"", leaderQuestions, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, officerResults.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, officerExport.StatusCode);
        Assert.DoesNotContain("Khảo sát của tỉnh", officerList, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"survey-create\"", standingList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_standing_officer_creates_a_campaign_on_the_page_with_the_five_default_questions()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var token = await TokenAsync(standing);
        var page = await standing.GetStringAsync("/khao-sat/tao");

        var created = await standing.PostAsync("/khao-sat/tao/luu", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("governmentId", s.Province.ToString()), new("year", "2026"), new("title", "Khảo sát năm 2026")]));
        var badYear = await standing.PostAsync("/khao-sat/tao/luu", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("governmentId", s.Province.ToString()), new("year", "năm nay"), new("title", "x")]));
        var badYearPage = await standing.GetStringAsync("/khao-sat/tao");
        var questions = await standing.GetStringAsync(created.Headers.Location!.OriginalString + "/cau-hoi");

        Assert.Contains(s.Province.ToString(), page, StringComparison.Ordinal);
        Assert.Matches("^/khao-sat/[0-9a-f-]{36}$", created.Headers.Location!.OriginalString);
        Assert.Equal("/khao-sat/tao", badYear.Headers.Location!.OriginalString);
        Assert.Contains("Năm khảo sát (year) phải từ 2000 đến 2100", badYearPage, StringComparison.Ordinal);
        Assert.Contains("Mức độ hài lòng về tiếp cận dịch vụ", questions, StringComparison.Ordinal);
        Assert.Contains("name=\"q4.code\" value=\"5\"", questions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_export_is_an_xlsx_with_sectors_against_targets_and_the_dossier_ratings_on_their_own_sheet()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var id = await CreateAsync(standing, s.Province, s.Today.Year);
        await standing.PutAsJsonAsync($"/api/surveys/{id}/targets", new[] { new { sector = "Đất đai", floor = 85m } });
        await standing.PostAsJsonAsync($"/api/surveys/{id}/responses", new[] { new { sector = "Đất đai", answers = new Dictionary<string, int> { ["1"] = 3 } } });

        var export = await standing.GetAsync($"/khao-sat/{id}/xuat");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(x => x.Name!.Value).ToList();
        var text = string.Join("|", document.WorkbookPart.SharedStringTablePart?.SharedStringTable.InnerText ?? "",
            string.Concat(document.WorkbookPart.WorksheetParts.Select(p => p.Worksheet.InnerText)));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["Theo yếu tố", "Theo lĩnh vực", "Theo đơn vị", "Đánh giá hồ sơ (nguồn riêng)"], sheets);
        Assert.Contains("Chưa đạt", text, StringComparison.Ordinal);
        Assert.Contains("Nguồn riêng", text, StringComparison.Ordinal);
    }

    private static async Task<string> TokenOfAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/ke-hoach");
        return System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
    }
}
