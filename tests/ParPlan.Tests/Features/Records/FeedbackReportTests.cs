using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPlan.Features.Auth;
using ParPlan.Tests.Features.Tasks;
using Sheet = DocumentFormat.OpenXml.Spreadsheet;

namespace ParPlan.Tests.Features.Records;

/// <summary>The annual feedback report over HTTP: a hand-computed year's log read back from the Decree 30 DOCX (header,
/// figures, the two Decision 766 ratios, the overdue annex, signature and recipients) and from the XLSX of overdue
/// feedback; the report is the government's, so a unit officer and another government's officer do not find it.</summary>
public sealed class FeedbackReportTests
{
    [Fact]
    public async Task The_annual_report_states_the_years_counts_and_ratios_and_lists_the_overdue_feedback_in_docx_and_xlsx()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        await app.AddUserAsync("thuongtruc.xa.b", Roles.StandingOfficer, s.CommuneB);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        using var officerA = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var stranger = await app.LoginAsync("thuongtruc.xa.b");
        var y = s.Today.Year - 1;
        DateOnly D(int month, int day) => new(y, month, day);

        // Five received; PA-04 outside competence. Of the four within: PA-01 and PA-05 on time, PA-02 late, PA-03 open past
        // its due date → handled 3, on time 2, overdue 2, pending 1; on time 2/4 = 50 %; satisfaction (4 − PA-02, PA-03
        // overdue, PA-05 unsatisfied) / 4 = 25 %; published 2 of the 3 handled.
        await LogAsync(standing, s, "PA-01", "duong-day-nong", D(3, 1), D(3, 15), D(3, 10), published: true);
        await LogAsync(standing, s, "PA-02", "truc-tiep", D(4, 1), D(4, 15), D(4, 20), published: false);
        await LogAsync(standing, s, "PA-03", "duong-day-nong", D(5, 1), D(5, 15), null, published: false);
        await LogAsync(standing, s, "PA-04", "thu-dien-tu", D(6, 1), D(6, 15), null, published: false, withinCompetence: false);
        await LogAsync(standing, s, "PA-05", "duong-day-nong", D(7, 1), D(7, 15), D(7, 15), published: true, satisfaction: "khong-hai-long");
        var path = $"/api/records/feedback/report?year={y}&governmentId={s.Province}";

        var docx = await standing.GetAsync(path);
        var xlsx = await leader.GetAsync(path + "&format=xlsx");
        var byUnitOfficer = await officerA.GetAsync(path);
        var byStranger = await stranger.GetAsync(path);
        var ownByStranger = await stranger.GetAsync($"/api/records/feedback/report?year={y}&governmentId={s.CommuneB}");
        var noYear = await standing.GetAsync($"/api/records/feedback/report?governmentId={s.Province}");
        var page = await standing.GetStringAsync($"/phan-anh-kien-nghi?dv={s.Province}&ky={y}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.BadRequest),
            (docx.StatusCode, xlsx.StatusCode, byUnitOfficer.StatusCode, byStranger.StatusCode, ownByStranger.StatusCode, noYear.StatusCode));
        Assert.Contains("Thêm year là năm báo cáo", await noYear.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"annual-report\"", page, StringComparison.Ordinal);
        Assert.Contains($"/api/records/feedback/report?year={y}&amp;governmentId={s.Province}", page, StringComparison.Ordinal);

        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.Contains("Số:      /BC-UBND", paragraphs);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains($"Kết quả tiếp nhận, xử lý phản ánh, kiến nghị năm {y}", paragraphs);
        Assert.Contains(paragraphs, p => p.EndsWith("tiếp nhận 5 phản ánh, kiến nghị, trong đó trực tiếp tại cơ quan: 1; qua thư điện tử: 1; qua đường dây nóng: 3.", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("thuộc thẩm quyền: 4; không thuộc thẩm quyền, đã chuyển cơ quan có thẩm quyền: 1", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Đã xử lý xong 3 phản ánh, kiến nghị, trong đó đúng hạn và trước hạn: 2; quá hạn: 2", StringComparison.Ordinal)
            && p.Contains("đang xử lý: 1.", StringComparison.Ordinal));
        Assert.Contains("Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn và trước hạn: 50%.", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Tỷ lệ hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị: 25%", StringComparison.Ordinal));
        Assert.Contains("Đã công khai kết quả xử lý 2/3 phản ánh, kiến nghị đã xử lý xong.", paragraphs);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", paragraphs);
        Assert.Contains("CHỦ TỊCH", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Nơi nhận", StringComparison.Ordinal));
        Assert.Contains("Phụ lục", paragraphs);
        var annex = body.Elements<Table>().Last().Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["STT", "Số", "Ngày tiếp nhận", "Nội dung", "Đơn vị xử lý", "Hạn xử lý", "Ngày xử lý xong"], annex[0]);
        Assert.Equal(["PA-02", "PA-03"], annex.Skip(1).Select(r => r[1]));
        Assert.Equal([$"15/05/{y}", "Đang xử lý"], annex[2][5..]);

        using var sheet = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var rows = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Sheet.Row>()
            .Select(r => r.Elements<Sheet.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        Assert.Contains(rows, r => r[0] == "Tiếp nhận 5; thuộc thẩm quyền 4; đã xử lý 3, đúng hạn 2; quá hạn 2; đang xử lý 1");
        Assert.Contains(rows, r => r[0].StartsWith("Tỷ lệ xử lý đúng hạn: 50%; tỷ lệ hài lòng về xử lý: 25%", StringComparison.Ordinal));
        Assert.Equal(["PA-02", "PA-03"], rows.Where(r => r[0].StartsWith("PA-", StringComparison.Ordinal)).Select(r => r[0]));
    }

    private static async Task LogAsync(HttpClient standing, RunPlanScenario s, string number, string channel, DateOnly received, DateOnly due, DateOnly? resolved,
        bool published, bool withinCompetence = true, string? satisfaction = null)
    {
        var logged = await standing.PostAsJsonAsync("/api/records/feedback", new
        {
            governmentId = s.Province, number, channel, intakeAddress = "Đường dây nóng 1022", receivedOn = received, content = "Phản ánh chậm trả kết quả " + number,
            handlerUnitId = s.CommuneA, dueOn = due, withinCompetence,
        });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        if (resolved is null) return;
        var id = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var outcome = await standing.PutAsJsonAsync($"/api/records/feedback/{id}/outcome", new { outcome = "Đã xử lý, trả lời công dân.", resolvedOn = resolved, published, satisfaction });
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
    }
}
