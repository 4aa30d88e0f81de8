using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Inspections;

/// <summary>The inspection routes of the contract on a province with five units (its agency, two more departments and
/// two communes), as its standing officer, a commune's officers and its leader, on the factory's fake clock.</summary>
public sealed class InspectionApiTests
{
    private const string CommuneStanding = "thuongtruc.xa.b";

    [Fact]
    public async Task An_inspection_reaches_20_percent_coverage_with_one_finding_closed_and_one_overdue()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await ArrangeAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.Standing);
        using var commune = await app.LoginAsync(RunPlanScenario.OfficerA);

        var created = await officer.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "Kiểm tra công tác CCHC năm " + s.Today.Year, coverageTarget = 20 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var before = await officer.GetFromJsonAsync<JsonElement>($"/api/inspections/{id}");
        Assert.Equal((5, 0, 20m), Coverage(before));

        var visit = await officer.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneA, date = s.Today, topics = new[] { "CCHC", "TTHC", "tài chính công" } });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        var visitId = (await visit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var first = await FindingAsync(officer, visitId, "Chưa niêm yết đầy đủ thủ tục hành chính", s.Today.AddDays(10));
        var second = await FindingAsync(officer, visitId, "Chưa số hoá kết quả giải quyết thủ tục hành chính", s.Today.AddDays(20));

        // The commune's officer finds both remediation tasks in its own list and closes the first one.
        var mine = await commune.GetFromJsonAsync<JsonElement>("/api/tasks/mine");
        var task = mine.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == first.TaskId);
        Assert.Contains(mine.EnumerateArray(), t => t.GetProperty("id").GetGuid() == second.TaskId);
        var done = await commune.PostAsJsonAsync($"/api/tasks/{first.TaskId}/progress",
            new { status = "done", percent = 100, note = "Đã niêm yết đủ", version = task.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        app.Time.Advance(TimeSpan.FromDays(21));
        using var later = await app.LoginAsync(RunPlanScenario.Standing); // the session of three weeks ago has ended
        var after = await later.GetFromJsonAsync<JsonElement>($"/api/inspections/{id}");

        Assert.Equal((5, 1, 20m), Coverage(after));
        Assert.Equal(20m, after.GetProperty("coverage").GetProperty("rate").GetDecimal());
        var findings = after.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetGuid(), f => f.GetProperty("status").GetString());
        Assert.Equal("closed", findings[first.Id]);
        Assert.Equal("overdue", findings[second.Id]);
        Assert.All(after.GetProperty("findings").EnumerateArray(), f => Assert.Equal(s.CommuneA, f.GetProperty("unitId").GetGuid()));
        Assert.Equal(3, after.GetProperty("visits")[0].GetProperty("topics").GetArrayLength());
        Assert.Contains("5 cơ quan, đơn vị", after.GetProperty("denominator").GetProperty("text").GetString(), StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var actual = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<IndicatorActual>()
            .SingleAsync(a => a.UnitId == s.Province && a.IndicatorCode == IndicatorCodes.InspectionCoverage);
        Assert.Equal((20m, s.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), (actual.Value, actual.Period));
    }

    [Fact]
    public async Task A_commune_cannot_see_or_act_on_the_provinces_inspection_and_a_unit_officer_cannot_create_one()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await ArrangeAsync(app);
        await app.AddUserAsync(CommuneStanding, Roles.StandingOfficer, s.CommuneB);
        using var officer = await app.LoginAsync(RunPlanScenario.Standing);
        using var stranger = await app.LoginAsync(CommuneStanding);
        using var unitOfficer = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var id = (await (await officer.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "Kiểm tra CCHC", coverageTarget = 30 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var visitId = (await (await officer.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneB, date = s.Today, topics = new[] { "cchc" } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/inspections/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneB, date = s.Today, topics = new[] { "cchc" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/inspections/visits/{visitId}/findings", new { text = "x", remedyDueOn = s.Today })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/kiem-tra/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "x" })).StatusCode);
        Assert.DoesNotContain((await stranger.GetFromJsonAsync<JsonElement>("/api/inspections")).EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitOfficer.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/inspections/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneA, date = s.Today, topics = new[] { "cchc" } })).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_answered_in_Vietnamese_with_what_to_fix_and_never_with_a_500()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await ArrangeAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.Standing);
        var id = (await (await officer.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "Kiểm tra CCHC" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var noTitle = await officer.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "" });
        var badTarget = await officer.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "x", coverageTarget = 130 });
        var badTopic = await officer.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneA, date = s.Today, topics = new[] { "an ninh" } });
        var otherYear = await officer.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneA, date = s.Today.AddYears(1), topics = new[] { "cchc" } });
        var outside = await officer.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = Guid.NewGuid(), date = s.Today, topics = new[] { "cchc" } });
        var visitId = (await (await officer.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneA, date = s.Today, topics = new[] { "cchc" } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var early = await officer.PostAsJsonAsync($"/api/inspections/visits/{visitId}/findings", new { text = "Thiếu hồ sơ", remedyDueOn = s.Today.AddDays(-1) });
        var wrongDoc = await officer.GetAsync($"/api/inspections/{id}/document?format=pdf");

        foreach (var (response, words) in new[] { (noTitle, "tên kế hoạch"), (badTarget, "từ 0 đến 100"), (badTopic, "không có trong danh mục"), (otherYear, "trong năm"),
                     (outside, "thuộc phạm vi"), (early, "hạn khắc phục"), (wrongDoc, "format=docx") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(words, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_finding_needs_an_issued_plan_of_the_inspecting_government_to_hold_its_remediation_task()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await ArrangeAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Plans.SingleAsync(p => p.Id == s.PlanId)).Status = ParPlan.Features.Plans.PlanStatus.Draft;
            await db.SaveChangesAsync();
        }

        using var officer = await app.LoginAsync(RunPlanScenario.Standing);
        var id = (await (await officer.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "Kiểm tra CCHC" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var visitId = (await (await officer.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneA, date = s.Today, topics = new[] { "cchc" } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var finding = await officer.PostAsJsonAsync($"/api/inspections/visits/{visitId}/findings", new { text = "Thiếu hồ sơ", remedyDueOn = s.Today.AddDays(5) });

        Assert.Equal(HttpStatusCode.Conflict, finding.StatusCode);
        Assert.Contains("ban hành kế hoạch", await finding.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The run-plan province with two more departments: five inspectable units.</summary>
    internal static async Task<RunPlanScenario> ArrangeAsync(ParPlanFactory app)
    {
        var s = await RunPlanScenario.CreateAsync(app);
        var code = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await app.AddUnitAsync("STP" + code, "Sở Tư pháp", UnitKind.Department, UnitLevel.Agency, s.Province);
        await app.AddUnitAsync("VP" + code, "Văn phòng UBND tỉnh", UnitKind.Office, UnitLevel.Agency, s.Province);
        return s;
    }

    internal static async Task<(Guid Id, Guid TaskId)> FindingAsync(HttpClient officer, Guid visitId, string text, DateOnly due)
    {
        var response = await officer.PostAsJsonAsync($"/api/inspections/visits/{visitId}/findings", new { text, remedyDueOn = due });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("taskId").GetGuid());
    }

    private static (int Units, int Inspected, decimal Target) Coverage(JsonElement inspection)
    {
        var c = inspection.GetProperty("coverage");
        return (c.GetProperty("units").GetInt32(), c.GetProperty("inspected").GetInt32(), c.GetProperty("target").GetDecimal());
    }
}
