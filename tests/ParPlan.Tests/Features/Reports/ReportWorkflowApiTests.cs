using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Tests.Features.Tasks;
using static ParPlan.Tests.Features.Reports.ReportApi;

namespace ParPlan.Tests.Features.Reports;

/// <summary>The report routes of contracts/http-api.md, driven through HTTP as the users of a province with two communes.</summary>
public sealed class ReportWorkflowApiTests
{
    [Fact]
    public async Task A_commune_starts_its_report_prefilled_and_starting_it_again_answers_409_with_its_id()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        await DueInQ3Async(s, s.TaskA);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);

        var id = await StartAsync(officer, s.CommuneA, CommuneQ3(s));
        var again = await officer.PostAsJsonAsync("/api/reports", new { unitId = s.CommuneA, period = CommuneQ3(s) });
        var report = await GetAsync(officer, id);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(id, (await Json(again)).GetProperty("id").GetGuid());
        Assert.Equal("draft", report.GetProperty("status").GetString());
        Assert.Equal($"{s.Today.Year - 1}-12-15", report.GetProperty("windowFrom").GetString());
        Assert.Equal($"{s.Today.Year}-09-11", report.GetProperty("windowTo").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("asOf").ValueKind);
        var tasks = report.GetProperty("figures").GetProperty("tasks");
        Assert.Equal(1, tasks.GetProperty("total").GetInt32());
        Assert.Equal(1, tasks.GetProperty("overdue").GetInt32());
        var direction = report.GetProperty("sections").EnumerateArray().First(x => x.GetProperty("code").GetString() == "I.1").GetProperty("text").GetString();
        Assert.Contains("1 nhiệm vụ quá hạn", direction, StringComparison.Ordinal);
        Assert.Contains("UBND xã An Bình", direction, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_section_edit_is_a_409_that_names_who_changed_which_section()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        await AddUsersAsync(s);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var colleague = await app.LoginAsync(CommuneStanding);
        var id = await StartAsync(officer, s.CommuneA, CommuneQ3(s));
        var version = await VersionAsync(officer, id);

        var first = await colleague.PutAsJsonAsync($"/api/reports/{id}/sections/III.1", new { text = "Ưu điểm: hoàn thành đúng hạn.", version });
        var stale = await officer.PutAsJsonAsync($"/api/reports/{id}/sections/III.2", new { text = "Bản của tôi", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(version + 1, (await Json(first)).GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await Json(stale);
        Assert.Contains(CommuneStanding, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("III.1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(CommuneStanding, problem.GetProperty("current").GetProperty("changedBy").GetString());
        var report = await GetAsync(officer, id);
        var texts = report.GetProperty("sections").EnumerateArray().ToDictionary(x => x.GetProperty("code").GetString()!, x => x.GetProperty("text").GetString());
        Assert.Equal("Ưu điểm: hoàn thành đúng hạn.", texts["III.1"]);
        Assert.Equal("", texts["III.2"]);
    }

    [Fact]
    public async Task The_provinces_standing_agency_returns_a_report_with_a_reason_and_accepts_it_once_resubmitted()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var id = await StartAsync(officer, s.CommuneA, CommuneQ3(s));

        Assert.Equal(HttpStatusCode.OK, (await StepAsync(officer, id, "submit")).StatusCode);
        var editSubmitted = await officer.PutAsJsonAsync($"/api/reports/{id}/sections/V", new { text = "Kiến nghị", version = await VersionAsync(officer, id) });
        var noReason = await StepAsync(standing, id, "return");
        var returned = await StepAsync(standing, id, "return", "Bổ sung số liệu mục II.2");
        var afterReturn = await GetAsync(officer, id);
        var edit = await officer.PutAsJsonAsync($"/api/reports/{id}/sections/II.2", new { text = "Đã bổ sung", version = afterReturn.GetProperty("version").GetInt64() });
        var resubmitted = await StepAsync(officer, id, "submit");
        var accepted = await StepAsync(standing, id, "accept");
        var final = await GetAsync(standing, id);

        Assert.Equal(HttpStatusCode.Conflict, editSubmitted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("lý do", (await Json(noReason)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("returned", afterReturn.GetProperty("status").GetString());
        Assert.Equal("Bổ sung số liệu mục II.2", afterReturn.GetProperty("returnReason").GetString());
        Assert.True(afterReturn.GetProperty("can").GetProperty("edit").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", final.GetProperty("status").GetString());
        Assert.Equal(RunPlanScenario.Standing, final.GetProperty("acceptedBy").GetString());
        Assert.NotEqual(JsonValueKind.Null, final.GetProperty("asOf").ValueKind);
    }

    [Theory]
    [InlineData(RunPlanScenario.OfficerA)]
    [InlineData(RunPlanScenario.Leader)]
    [InlineData(Appraiser)]
    [InlineData(CommuneStanding)]
    public async Task Only_the_receiving_standing_agency_accepts_anyone_else_gets_403_and_nothing_is_saved(string user)
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        await AddUsersAsync(s);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        var id = await StartAsync(officer, s.CommuneA, CommuneQ3(s));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(officer, id, "submit")).StatusCode);
        var before = await GetAsync(officer, id);
        using var client = await app.LoginAsync(user);
        var version = before.GetProperty("version").GetInt64();

        var accept = await StepAsync(client, id, "accept", version: version);
        var giveBack = await StepAsync(client, id, "return", "Không đạt", version);

        Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, giveBack.StatusCode);
        var after = await GetAsync(officer, id);
        Assert.Equal("submitted", after.GetProperty("status").GetString());
        Assert.Equal(version, after.GetProperty("version").GetInt64());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("acceptedBy").ValueKind);
    }

    [Fact]
    public async Task Another_units_report_cannot_be_edited_a_neighbour_does_not_see_it_and_a_leader_only_reads_it()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var neighbour = await app.LoginAsync(RunPlanScenario.OfficerB);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var id = await StartAsync(officer, s.CommuneA, CommuneQ3(s));
        var version = await VersionAsync(officer, id);

        var neighbourRead = await neighbour.GetAsync($"/api/reports/{id}");
        var neighbourEdit = await neighbour.PutAsJsonAsync($"/api/reports/{id}/sections/V", new { text = "Sửa hộ", version });
        var neighbourStart = await neighbour.PostAsJsonAsync("/api/reports", new { unitId = s.CommuneA, period = $"{s.Today.Year}-Q1" });
        var leaderRead = await leader.GetAsync($"/api/reports/{id}");
        var leaderEdit = await leader.PutAsJsonAsync($"/api/reports/{id}/sections/V", new { text = "Sửa hộ", version });

        Assert.Equal(HttpStatusCode.NotFound, neighbourRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, neighbourEdit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, neighbourStart.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderEdit.StatusCode);
        Assert.Equal(version, await VersionAsync(officer, id));
    }

    [Fact]
    public async Task A_submitted_reports_figures_do_not_change_when_task_data_changes_afterwards()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        await DueInQ3Async(s, s.TaskA);
        await DueInQ3Async(s, s.TaskB);
        using var officerA = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var officerB = await app.LoginAsync(RunPlanScenario.OfficerB);
        var submitted = await StartAsync(officerA, s.CommuneA, CommuneQ3(s));
        var draft = await StartAsync(officerB, s.CommuneB, CommuneQ3(s));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(officerA, submitted, "submit")).StatusCode);

        await MarkDoneInQ3Async(s, s.TaskA);
        await MarkDoneInQ3Async(s, s.TaskB);

        var frozen = (await GetAsync(officerA, submitted)).GetProperty("figures").GetProperty("tasks");
        var live = (await GetAsync(officerB, draft)).GetProperty("figures").GetProperty("tasks");
        Assert.Equal(1, frozen.GetProperty("overdue").GetInt32());
        Assert.Equal(0, frozen.GetProperty("done").GetInt32());
        Assert.Equal(0, live.GetProperty("overdue").GetInt32());
        Assert.Equal(1, live.GetProperty("done").GetInt32());
    }

    [Fact]
    public async Task The_calendar_lists_what_the_government_and_its_units_owe_with_started_reports_and_overdue_flags()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var id = await StartAsync(officer, s.CommuneA, CommuneQ3(s));

        var response = await standing.GetAsync($"/api/reports/calendar?governmentId={s.Province}&year={s.Today.Year}");
        var items = (await Json(response)).EnumerateArray().ToList();
        var mine = await Json(await officer.GetAsync($"/api/reports/calendar?year={s.Today.Year}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4 * 4, items.Count); // four units, the four periods of the one regime that applies to each
        Assert.All(items.Where(i => i.GetProperty("unitId").GetGuid() == s.Province || i.GetProperty("unitId").GetGuid() == s.Agency),
            i => Assert.Equal("bnv-581", i.GetProperty("regime").GetString()));
        Assert.All(items.Where(i => i.GetProperty("unitId").GetGuid() == s.CommuneA || i.GetProperty("unitId").GetGuid() == s.CommuneB),
            i => Assert.Equal("xa-d3", i.GetProperty("regime").GetString()));
        var started = items.Single(i => i.GetProperty("reportId").ValueKind != JsonValueKind.Null);
        Assert.Equal(id, started.GetProperty("reportId").GetGuid());
        Assert.Equal(s.CommuneA, started.GetProperty("unitId").GetGuid());
        Assert.Equal("draft", started.GetProperty("status").GetString());
        var q1 = items.First(i => i.GetProperty("period").GetString() == $"{s.Today.Year}-Q1" && i.GetProperty("regime").GetString() == "bnv-581");
        Assert.Equal("not-started", q1.GetProperty("status").GetString());
        Assert.Equal(s.Today > new DateOnly(s.Today.Year, 3, 20), q1.GetProperty("overdue").GetBoolean());
        Assert.Equal(4, mine.GetArrayLength());
        Assert.All(mine.EnumerateArray(), i => Assert.Equal(s.CommuneA, i.GetProperty("unitId").GetGuid()));
    }
}
