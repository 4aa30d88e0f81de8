using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Tests.Features.Tasks.Pages;
using static ParPlan.Tests.Features.ParIndex.ParScenario;

namespace ParPlan.Tests.Features.ParIndex;

/// <summary>Remediation: the criteria where a finalised commune lost points become proposed tasks for next year, which
/// its standing agency accepts into a Draft plan (created when there is none) or rejects, and then follows.</summary>
public sealed class ParRemediationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lost_points_become_proposals_that_the_standing_agency_accepts_into_a_new_draft_plan_for_next_year_and_follows(string provider)
    {
        await using var s = await CreateAsync(provider);
        using var standing = await s.App.LoginAsync(StandingA);
        var a = await FinalisedAsync(s, standing);

        var proposals = await ProposalsAsync(standing, a);
        Assert.Equal(["1.1", "1.2", "2.1"], proposals.Select(p => p.GetProperty("code").GetString()));
        var p21 = proposals.Single(p => p.GetProperty("code").GetString() == "2.1");
        Assert.Equal((2m, "procedures", s.Economy, $"{s.Today.Year + 1}-09-30", "proposed", s.Today.Year + 1),
            (p21.GetProperty("lostPoints").GetDecimal(), p21.GetProperty("area").GetString(), p21.GetProperty("leadUnitId").GetGuid(),
             p21.GetProperty("dueOn").GetString(), p21.GetProperty("status").GetString(), p21.GetProperty("planYear").GetInt32()));
        Assert.Contains("tiêu chí 2.1", p21.GetProperty("title").GetString(), StringComparison.Ordinal);

        var due = new DateOnly(s.Today.Year + 1, 6, 30);
        var accepted = await standing.PostAsJsonAsync($"/api/par/assessments/{a}/remediation/2.1/accept",
            new { title = "Số hóa sổ theo dõi giải quyết hồ sơ", dueOn = due, version = p21.GetProperty("version").GetInt64() });
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var view = await Json(accepted);
        var planId = view.GetProperty("planId").GetGuid();
        var taskId = view.GetProperty("taskId").GetGuid();
        Assert.Equal(("accepted", "not-started"), (view.GetProperty("status").GetString(), view.GetProperty("taskStatus").GetString()));

        var plan = await Json(await standing.GetAsync($"/api/plans/{planId}"));
        Assert.Equal(("draft", $"{s.Today.Year + 1}-01-01"), (plan.GetProperty("status").GetString(), plan.GetProperty("periodFrom").GetString()));
        var task = plan.GetProperty("tasks").EnumerateArray().Single();
        Assert.Equal(("Số hóa sổ theo dõi giải quyết hồ sơ", "procedures", $"{s.Today.Year + 1}-06-30"),
            (task.GetProperty("title").GetString(), task.GetProperty("area").GetString(), task.GetProperty("schedule").GetProperty("due").GetString()));

        // A second acceptance lands in the same draft; a rejection keeps its reason and creates nothing.
        var p11 = proposals.Single(p => p.GetProperty("code").GetString() == "1.1");
        var second = await Json(await standing.PostAsJsonAsync($"/api/par/assessments/{a}/remediation/1.1/accept", new { version = p11.GetProperty("version").GetInt64() }));
        Assert.Equal(planId, second.GetProperty("planId").GetGuid());
        var p12 = proposals.Single(p => p.GetProperty("code").GetString() == "1.2");
        var rejected = await Json(await standing.PostAsJsonAsync($"/api/par/assessments/{a}/remediation/1.2/reject",
            new { note = "Đã có nhiệm vụ tương tự trong kế hoạch", version = p12.GetProperty("version").GetInt64() }));
        Assert.Equal(("rejected", "Đã có nhiệm vụ tương tự trong kế hoạch"), (rejected.GetProperty("status").GetString(), rejected.GetProperty("note").GetString()));
        Assert.Equal(2, (await Json(await standing.GetAsync($"/api/plans/{planId}"))).GetProperty("tasks").GetArrayLength());

        // Later the task is done: the proposal shows it.
        await using (var scope = s.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var entity = await db.PlanTasks.SingleAsync(t => t.Id == taskId);
            entity.Status = PlanTaskStatus.Done;
            await db.SaveChangesAsync();
        }

        var after = (await ProposalsAsync(standing, a)).Single(p => p.GetProperty("code").GetString() == "2.1");
        Assert.Equal((taskId, "done"), (after.GetProperty("taskId").GetGuid(), after.GetProperty("taskStatus").GetString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_proposal_goes_into_the_draft_plan_the_standing_agency_picks_and_bad_choices_are_refused(string provider)
    {
        await using var s = await CreateAsync(provider);
        using var standing = await s.App.LoginAsync(StandingA);
        var a = await FinalisedAsync(s, standing);
        Guid draft, issued;
        await using (var scope = s.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var from = new DateOnly(s.Today.Year + 1, 1, 1);
            var d = new Plan { GovernmentId = s.CommuneA, Title = "Dự thảo kế hoạch CCHC năm sau", PeriodFrom = from, PeriodTo = from.AddYears(1).AddDays(-1), CreatedAt = s.App.Time.GetUtcNow() };
            var i = new Plan { GovernmentId = s.CommuneA, Title = "Kế hoạch đã ban hành", PeriodFrom = from, PeriodTo = from.AddYears(1).AddDays(-1), Status = PlanStatus.Issued,
                Number = "1/KH-UBND", IssuedOn = s.Today, CreatedAt = s.App.Time.GetUtcNow() };
            db.Plans.AddRange(d, i);
            await db.SaveChangesAsync();
            (draft, issued) = (d.Id, i.Id);
        }

        var version = (await ProposalsAsync(standing, a)).Single(p => p.GetProperty("code").GetString() == "2.1").GetProperty("version").GetInt64();
        async Task<HttpResponseMessage> Accept(object body) => await standing.PostAsJsonAsync($"/api/par/assessments/{a}/remediation/2.1/accept", body);

        Assert.Equal(HttpStatusCode.BadRequest, (await Accept(new { planId = issued, version })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Accept(new { planId = draft, dueOn = new DateOnly(s.Today.Year + 2, 1, 15), version })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Accept(new { planId = draft, leadUnitId = s.CommuneB, version })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Accept(new { planId = draft, area = "khong-co", version })).StatusCode);
        var stale = await Accept(new { planId = draft, version = version + 5 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("tải lại", (await Json(stale)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var ok = await Accept(new { planId = draft, area = "digital-government", leadUnitId = s.Economy, version });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(draft, (await Json(ok)).GetProperty("planId").GetGuid());
        var again = await Accept(new { version = (await Json(ok)).GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Another_provinces_appraiser_and_officer_get_404_and_a_unit_officer_or_appraiser_403_on_the_proposals()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var standing = await s.App.LoginAsync(StandingA);
        var a = await FinalisedAsync(s, standing);
        var far = await s.App.AddUnitAsync("R" + Guid.NewGuid().ToString("N")[..5], "UBND tỉnh Xa", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        await s.App.AddUserAsync("thuongtruc.tinhxa", Roles.StandingOfficer, far);
        var version = (await ProposalsAsync(standing, a)).First().GetProperty("version").GetInt64();
        var body = new { version };

        foreach (var stranger in new[] { OtherAppraiser, "thuongtruc.tinhxa", StandingB })
        {
            using var client = await s.App.LoginAsync(stranger);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/par/assessments/{a}/remediation")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/par/assessments/{a}/remediation/2.1/accept", body)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/par/assessments/{a}/remediation/2.1/reject", body)).StatusCode);
        }

        foreach (var reader in new[] { EconomyOfficer, Appraiser })
        {
            using var client = await s.App.LoginAsync(reader);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/par/assessments/{a}/remediation")).StatusCode);
            var accept = await client.PostAsJsonAsync($"/api/par/assessments/{a}/remediation/2.1/accept", body);
            Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
            Assert.Contains("Cơ quan thường trực", (await Json(accept)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_standing_officers_home_page_and_the_remediation_page_list_the_proposals_waiting()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var standing = await s.App.LoginAsync(StandingA);
        var a = await FinalisedAsync(s, standing);

        var home = PageForms.Text(await standing.GetStringAsync("/"));
        var page = PageForms.Text(await standing.GetStringAsync($"/chi-so-cchc/khac-phuc?danhgia={a}&tc=2.1"));
        using var economy = await s.App.LoginAsync(EconomyOfficer);
        var readOnly = PageForms.Text(await economy.GetStringAsync($"/chi-so-cchc/khac-phuc?danhgia={a}&tc=2.1"));

        Assert.Contains("3 nhiệm vụ khắc phục điểm bị trừ Chỉ số CCHC chờ bạn xem xét", home, StringComparison.Ordinal);
        Assert.Contains("3 tiêu chí bị trừ điểm · 3 chờ xem xét", page, StringComparison.Ordinal);
        Assert.Contains("Đưa vào kế hoạch năm " + (s.Today.Year + 1), page, StringComparison.Ordinal);
        Assert.Contains("Phòng Kinh tế xã An Bình", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Đưa vào kế hoạch năm", readOnly, StringComparison.Ordinal);
        Assert.Contains("Chờ xem xét", readOnly, StringComparison.Ordinal);
    }

    /// <summary>Commune A scores 1.1 = 10/20, 1.2 = 15/20, 2.1 = 26/28, 2.2 = 2/2 (economy owns "procedures"); the appraiser
    /// recognises them and finalises. Gives the assessment id.</summary>
    public static async Task<Guid> FinalisedAsync(ParScenario s, HttpClient standing)
    {
        using var appraiser = await s.App.LoginAsync(Appraiser);
        var setId = await s.ImportAsync(appraiser, ParSample.Json(s.Today));
        Assert.Equal(HttpStatusCode.NoContent, (await standing.PutAsJsonAsync("/api/par/area-owners", new { governmentId = s.CommuneA, area = "procedures", unitId = s.Economy })).StatusCode);
        var a = await s.OpenAsync(standing, setId, s.CommuneA);
        var v = await VersionAsync(standing, a);
        foreach (var (code, score) in new[] { ("1.1", 10m), ("1.2", 15m), ("2.1", 26m), ("2.2", 2m) }) v = await ScoreAsync(standing, a, code, score, v);
        Assert.Equal(HttpStatusCode.OK, (await standing.PostAsJsonAsync($"/api/par/assessments/{a}/submit", new { version = v })).StatusCode);
        v = await VersionAsync(appraiser, a);
        v = (await Json(await appraiser.PostAsJsonAsync($"/api/par/assessments/{a}/survey", new { points = 25m, version = v }))).GetProperty("version").GetInt64();
        var final = await appraiser.PostAsJsonAsync($"/api/par/assessments/{a}/finalize", new { version = v });
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
        return a;
    }

    private static async Task<List<JsonElement>> ProposalsAsync(HttpClient client, Guid assessment)
    {
        var response = await client.GetAsync($"/api/par/assessments/{assessment}/remediation");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await Json(response)).EnumerateArray()];
    }
}
