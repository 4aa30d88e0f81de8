using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParPlan.Core.Spreadsheets;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Records;

/// <summary>The records routes over HTTP, as the province's standing officer, a commune's unit officer, the other
/// commune's officer and a leader: who writes what, what another government's officer learns (nothing), the exports and
/// the pages.</summary>
public sealed partial class RecordApiTests
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task The_standing_officer_logs_feedback_the_handling_units_officer_records_the_outcome_and_the_ratios_follow()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var officerA = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var officerB = await app.LoginAsync(RunPlanScenario.OfficerB);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var day = s.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var entry = new
        {
            governmentId = s.Province, number = "PA-01", channel = "duong-day-nong", intakeAddress = "Đường dây nóng 1022", receivedOn = day,
            content = "Phản ánh chậm trả kết quả", handlerUnitId = s.CommuneA, dueOn = day,
        };

        var byUnit = await officerA.PostAsJsonAsync("/api/records/feedback", entry);
        var byLeader = await leader.PostAsJsonAsync("/api/records/feedback", entry);
        var empty = await standing.PostAsJsonAsync("/api/records/feedback", new { governmentId = s.Province });
        var logged = await standing.PostAsJsonAsync("/api/records/feedback", entry);
        var id = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var outcome = new { outcome = "Đã trả kết quả, xin lỗi người dân.", resolvedOn = day, published = true, satisfaction = "khong-hai-long" };
        var stranger = await officerB.PutAsJsonAsync($"/api/records/feedback/{id}/outcome", outcome);
        var reader = await leader.PutAsJsonAsync($"/api/records/feedback/{id}/outcome", outcome);
        var strangerRead = await officerB.GetAsync($"/api/records/feedback/{id}");
        var handled = await officerA.PutAsJsonAsync($"/api/records/feedback/{id}/outcome", outcome);
        var log = await leader.GetFromJsonAsync<JsonElement>($"/api/records/feedback?governmentId={s.Province}&period={s.Today.Year}");
        var export = await standing.GetAsync($"/phan-anh-kien-nghi/xuat?dv={s.Province}&ky={s.Today.Year}");
        var bLog = await officerB.GetFromJsonAsync<JsonElement>($"/api/records/feedback?period={s.Today.Year}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.Created),
            (byUnit.StatusCode, byLeader.StatusCode, empty.StatusCode, logged.StatusCode));
        Assert.Contains("Chọn kênh tiếp nhận", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.OK),
            (stranger.StatusCode, reader.StatusCode, strangerRead.StatusCode, handled.StatusCode));
        var rates = log.GetProperty("rates");
        Assert.Equal((1, 1, 100m, 0m), (rates.GetProperty("total").GetInt32(), rates.GetProperty("onTime").GetInt32(),
            rates.GetProperty("onTimeRate").GetDecimal(), rates.GetProperty("satisfactionRate").GetDecimal()));
        Assert.Equal(XlsxWriter.ContentType, export.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, bLog.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_commitments_signatory_unit_writes_its_year_end_report_and_the_pages_show_each_record_in_Vietnamese()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var officerA = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var officerB = await app.LoginAsync(RunPlanScenario.OfficerB);
        var day = s.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var created = await standing.PostAsJsonAsync("/api/records/commitments", new
        {
            governmentId = s.Province, year = s.Today.Year, pair = "xa-tinh", signatory = "Chủ tịch UBND xã An Bình", counterpart = "Chủ tịch UBND tỉnh",
            signatoryUnitId = s.CommuneA, signedOn = day, obligations = new[] { "Hoàn thành 100% nhiệm vụ CCHC", "Không có hồ sơ trễ hạn" },
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var detail = await officerA.GetFromJsonAsync<JsonElement>($"/api/records/commitments/{id}");
        var obligation = detail.GetProperty("obligations")[0].GetProperty("id").GetString();
        var report = new { result = "hoan-thanh", report = "Đã hoàn thành 24/24 nhiệm vụ.", version = detail.GetProperty("obligations")[0].GetProperty("version").GetInt64() };

        var byB = await officerB.PutAsJsonAsync($"/api/records/commitments/{id}/obligations/{obligation}/report", report);
        var badResult = await officerA.PutAsJsonAsync($"/api/records/commitments/{id}/obligations/{obligation}/report", new { result = "xong", report = "x" });
        var byA = await officerA.PutAsJsonAsync($"/api/records/commitments/{id}/obligations/{obligation}/report", report);
        var stale = await standing.PutAsJsonAsync($"/api/records/commitments/{id}/obligations/{obligation}/report", report);
        var page = await officerA.GetStringAsync($"/cam-ket/{id}");
        var list = await standing.GetStringAsync("/cam-ket");
        var otherPage = await officerB.GetAsync($"/cam-ket/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.Conflict),
            (byB.StatusCode, badResult.StatusCode, byA.StatusCode, stale.StatusCode));
        Assert.Contains("Chủ tịch UBND xã với Chủ tịch UBND tỉnh", page, StringComparison.Ordinal);
        Assert.Contains("Đã hoàn thành 24/24 nhiệm vụ.", page, StringComparison.Ordinal);
        Assert.Contains("Lưu báo cáo", page, StringComparison.Ordinal);
        Assert.Contains("Chủ tịch UBND xã An Bình", list, StringComparison.Ordinal);
        Assert.Contains("Ghi nhận bản cam kết mới", list, StringComparison.Ordinal);
        Assert.DoesNotContain("xa-tinh", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
    }

    [Fact]
    public async Task On_the_dialogue_page_the_standing_officer_adds_an_issue_and_uploads_the_conclusion_notice_within_the_size_limit()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false", ["Evidence:MaxBytes"] = "1048576" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var officerA = await app.LoginAsync(RunPlanScenario.OfficerA);
        var listPage = await standing.GetStringAsync("/doi-thoai");
        var token = TokenPattern().Match(listPage).Groups[1].Value;
        var posted = await standing.PostAsync("/doi-thoai", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "dialogue", ["Form.GovernmentId"] = s.Province.ToString(),
            ["Form.Title"] = "Đối thoại với thanh niên", ["Form.HeldOn"] = s.Today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Participants"] = "Chủ tịch UBND tỉnh; 50 đoàn viên",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var url = posted.Headers.Location!.OriginalString;
        var id = url[(url.LastIndexOf('/') + 1)..];
        var issue = await standing.PostAsJsonAsync($"/api/records/dialogues/{id}/issues", new { text = "Hỗ trợ khởi nghiệp", leadUnitId = s.CommuneA, dueOn = s.Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        using var big = new MultipartFormDataContent { { new ByteArrayContent(new byte[2 * 1024 * 1024 + 10]), "file", "to.pdf" } };
        var tooBig = await standing.PostAsync($"/api/records/dialogues/{id}/notice", big);
        using var notice = new MultipartFormDataContent { { new StringContent("25/TB-UBND"), "number" }, { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "file", "tb.pdf" } };
        var attached = await standing.PostAsync($"/api/records/dialogues/{id}/notice", notice);
        var file = await officerA.GetAsync($"/api/records/dialogues/{id}/notice");
        var page = await officerA.GetStringAsync($"/doi-thoai/{id}");

        Assert.Contains("Đã ghi nhận cuộc đối thoại «Đối thoại với thanh niên»", await standing.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, issue.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Contains("không được vượt quá 1 MB", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Hỗ trợ khởi nghiệp", page, StringComparison.Ordinal);
        Assert.Contains("Đang theo dõi", page, StringComparison.Ordinal);
        Assert.Contains("Gửi báo cáo", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Thêm vấn đề", page, StringComparison.Ordinal);
    }
}
