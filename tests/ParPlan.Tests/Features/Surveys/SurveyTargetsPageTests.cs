using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParPlan.Tests.Features.Tasks;
using static ParPlan.Tests.Features.Surveys.SurveyForms;

namespace ParPlan.Tests.Features.Surveys;

/// <summary>The targets form of the survey results page and the board over HTTP: the standing officer sets the overall
/// target and the sector floors (a stale form and a bad floor are refused in Vietnamese on the page), the leader reads
/// them without a form and may not post it, and the board and its export show land below its floor as missed.</summary>
public sealed class SurveyTargetsPageTests
{
    [Fact]
    public async Task The_standing_officer_sets_the_floors_on_the_results_page_and_the_board_shows_land_below_its_floor_as_missed()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var year = s.Today.Year;
        var id = await CreateAsync(standing, s.Province, year);
        var answers = Enumerable.Range(0, 50).Select(i => new { sector = "Đất đai", answers = Scores(i < 41 ? 5 : 2) })
            .Concat(Enumerable.Range(0, 10).Select(_ => new { sector = "Y tế", answers = Scores(4) }));
        (await standing.PostAsJsonAsync($"/api/surveys/{id}/responses", answers)).EnsureSuccessStatusCode();
        var token = await TokenAsync(standing);
        var form = await standing.GetStringAsync($"/khao-sat/{id}");

        Task<HttpResponseMessage> PostAsync(HttpClient client, string overall, string landFloor, string version = "0") =>
            client.PostAsync($"/khao-sat/{id}/chi-tieu/luu", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token), new("overall", overall), new("overallVersion", version),
                new("s0.sector", "Đất đai"), new("s0.floor", landFloor), new("s0.version", version),
                new("s1.sector", "Y tế"), new("s1.floor", "85,5"), new("s1.version", version), new("s2.sector", ""), new("s2.floor", ""),
            ]));
        var saved = await PostAsync(standing, "95", "85");
        var afterSave = await standing.GetStringAsync($"/khao-sat/{id}");
        var stale = await PostAsync(standing, "90", "80");
        var stalePage = await standing.GetStringAsync($"/khao-sat/{id}");
        var bad = await PostAsync(standing, "95", "tám lăm", "1");
        var badPage = await standing.GetStringAsync($"/khao-sat/{id}");
        var byLeader = await leader.PostAsync($"/khao-sat/{id}/chi-tieu/luu", new FormUrlEncodedContent([new("overall", "50")]));
        var leaderPage = await leader.GetStringAsync($"/khao-sat/{id}");
        var board = WebUtility.HtmlDecode(await leader.GetStringAsync($"/chi-so?dv={s.Province}&ky={year}"));
        var export = await leader.GetByteArrayAsync($"/chi-so/xuat?governmentId={s.Province}&period={year}");

        Assert.Contains("value=\"95\"", form, StringComparison.Ordinal);
        Assert.Contains("data-floor=\"Giáo dục\"", form, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Forbidden), (saved.StatusCode, stale.StatusCode, byLeader.StatusCode));
        Assert.Contains("Đã lưu chỉ tiêu hài lòng chung và mức sàn của 2 lĩnh vực", WebUtility.HtmlDecode(afterSave), StringComparison.Ordinal);
        Assert.Contains("thay đổi sau khi bạn mở trang", WebUtility.HtmlDecode(stalePage), StringComparison.Ordinal);
        Assert.Contains("Chỉ tiêu thứ 1: cần lĩnh vực", WebUtility.HtmlDecode(badPage), StringComparison.Ordinal);
        Assert.DoesNotContain("targets-submit", leaderPage, StringComparison.Ordinal);
        Assert.Contains("chỉ để xem", WebUtility.HtmlDecode(leaderPage), StringComparison.Ordinal);
        Assert.Contains("Y tế: mức sàn 85,5 %", WebUtility.HtmlDecode(leaderPage), StringComparison.Ordinal);

        var land = Row(board, "data-sector=\"Đất đai\"");
        Assert.Contains("82 %", land, StringComparison.Ordinal);
        Assert.Contains("≥ 85 %", land, StringComparison.Ordinal);
        Assert.Contains("Không đạt", land, StringComparison.Ordinal);
        Assert.Contains("Đạt", Row(board, "data-sector=\"Y tế\""), StringComparison.Ordinal);
        Assert.Matches("Xem \\d+ chỉ tiêu không đạt", board);
        Assert.Contains("<li>Mức độ hài lòng lĩnh vực Đất đai (mức sàn)</li>", board, StringComparison.Ordinal);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(export), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        var exported = rows.Single(r => r[0] == "Mức độ hài lòng lĩnh vực Đất đai (mức sàn)");
        decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((82m, 85m, "Không đạt"), (Number(exported[4]), Number(exported[6]), exported[7]));
    }

    private static Dictionary<string, int> Scores(int score) =>
        Enumerable.Range(1, 5).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => score);

    private static string Row(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Không thấy {marker} trên trang.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
