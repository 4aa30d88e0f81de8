using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.ParIndex;
using ParPlan.Features.Plans;
using static ParPlan.Tests.Features.ParIndex.ParScenario;

namespace ParPlan.Tests.Features.ParIndex;

/// <summary>The rules of self-assessment and appraisal through the routes, on both databases.</summary>
public sealed class ParAssessmentRulesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_the_lock_date_on_the_apps_clock_a_self_score_and_a_submission_get_423_in_vietnamese(string provider)
    {
        await using var s = await CreateAsync(provider);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standing = await s.App.LoginAsync(StandingA);
        var a = await s.OpenAsync(standing, await s.ImportAsync(appraiser, ParSample.Json(s.Today, lockInDays: 2)), s.CommuneA);
        var v = await ScoreAsync(standing, a, "1.1", 20, await VersionAsync(standing, a));

        s.App.Time.Advance(TimeSpan.FromDays(3));
        using var later = await s.App.LoginAsync(StandingA); // the session of three days ago has expired
        var late = await later.PutAsJsonAsync($"/api/par/assessments/{a}/items/1.1", new { selfScore = 10m, explanation = "Sửa", version = v });
        var submit = await later.PostAsJsonAsync($"/api/par/assessments/{a}/submit", new { version = v });

        Assert.Equal(HttpStatusCode.Locked, late.StatusCode);
        Assert.StartsWith("Đã khóa tự đánh giá từ sau ngày " + s.Today.AddDays(-1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            (await Json(late)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Locked, submit.StatusCode);
        Assert.Equal(20m, (await Json(await later.GetAsync($"/api/par/assessments/{a}"))).GetProperty("items")[0].GetProperty("selfScore").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unit_officer_scores_the_criteria_of_the_area_its_unit_owns_and_gets_403_on_another_areas(string provider)
    {
        await using var s = await CreateAsync(provider);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standing = await s.App.LoginAsync(StandingA);
        using var economy = await s.App.LoginAsync(EconomyOfficer);
        var a = await s.OpenAsync(standing, await s.ImportAsync(appraiser, ParSample.Json(s.Today)), s.CommuneA);
        Assert.Equal(HttpStatusCode.NoContent, (await standing.PutAsJsonAsync("/api/par/area-owners", new { governmentId = s.CommuneA, area = "procedures", unitId = s.Economy })).StatusCode);
        var v = await VersionAsync(economy, a);

        var own = await economy.PutAsJsonAsync($"/api/par/assessments/{a}/items/2.1", new { selfScore = 20m, explanation = "Theo sổ theo dõi", version = v });
        var other = await economy.PutAsJsonAsync($"/api/par/assessments/{a}/items/1.1", new { selfScore = 20m, explanation = "x", version = v + 1 });
        var submit = await economy.PostAsJsonAsync($"/api/par/assessments/{a}/submit", new { version = v + 1 });

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("Tiêu chí 1.1 thuộc lĩnh vực \"Công tác chỉ đạo, điều hành CCHC\"", (await Json(other)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_appraiser_of_another_province_gets_404_for_the_assessment_and_every_step_of_it(string provider)
    {
        await using var s = await CreateAsync(provider);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standing = await s.App.LoginAsync(StandingA);
        using var stranger = await s.App.LoginAsync(OtherAppraiser);
        var setId = await s.ImportAsync(appraiser, ParSample.Json(s.Today));
        var a = await s.OpenAsync(standing, setId, s.CommuneA);
        var v = await ScoreAsync(standing, a, "1.1", 20, await VersionAsync(standing, a));
        await standing.PostAsJsonAsync($"/api/par/assessments/{a}/submit", new { version = v });

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/par/assessments/{a}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"/api/par/assessments/{a}/items/1.1/appraisal", new { appraisedScore = 0m, version = v + 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/par/assessments/{a}/finalize", new { version = v + 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/par/results?criteriaSetId={setId}")).StatusCode);
        Assert.Empty((await Json(await stranger.GetAsync("/api/par/criteria-sets"))).EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_score_above_the_maximum_or_without_evidence_and_explanation_is_a_400_and_a_stale_one_a_409(string provider)
    {
        await using var s = await CreateAsync(provider);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standing = await s.App.LoginAsync(StandingA);
        var a = await s.OpenAsync(standing, await s.ImportAsync(appraiser, ParSample.Json(s.Today)), s.CommuneA);
        var v = await VersionAsync(standing, a);

        var above = await standing.PutAsJsonAsync($"/api/par/assessments/{a}/items/2.1", new { selfScore = 28.5m, explanation = "x", version = v });
        var bare = await standing.PutAsJsonAsync($"/api/par/assessments/{a}/items/2.1", new { selfScore = 20m, version = v });
        var link = await standing.PostAsJsonAsync($"/api/par/assessments/{a}/items/2.1/evidence", new { title = "Sổ theo dõi hồ sơ", link = "https://dichvucong.example.vn/so-theo-doi" });
        var withEvidence = await standing.PutAsJsonAsync($"/api/par/assessments/{a}/items/2.1", new { selfScore = 20m, version = v });
        var stale = await standing.PutAsJsonAsync($"/api/par/assessments/{a}/items/2.1", new { selfScore = 21m, explanation = "x", version = v });

        Assert.Equal(HttpStatusCode.BadRequest, above.StatusCode);
        Assert.Equal("Điểm của tiêu chí 2.1 phải từ 0 đến điểm tối đa 28 (đã nhập 28,5).", (await Json(above)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("đính kèm minh chứng hoặc giải thích", (await Json(bare)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withEvidence.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var current = (await Json(stale)).GetProperty("current");
        Assert.Equal(20m, current.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "2.1").GetProperty("selfScore").GetDecimal());
        Assert.Equal("Sổ theo dõi hồ sơ", current.GetProperty("items")[2].GetProperty("evidence")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_set_whose_maxima_do_not_add_up_is_refused_with_400_naming_the_codes()
    {
        await using var s = await CreateAsync(TestDatabase.Sqlite);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        var json = ParSample.Json(s.Today).Replace("\"code\": \"2.2\"", "\"code\": \"2.1\"", StringComparison.Ordinal).Replace("\"maxPoints\": 40", "\"maxPoints\": 41", StringComparison.Ordinal);

        var response = await appraiser.PostAsync("/api/par/criteria-sets", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await Json(response)).GetProperty("detail").GetString()!;
        Assert.Contains("1: điểm tối đa 41 không bằng tổng điểm tối đa các tiêu chí thành phần", detail, StringComparison.Ordinal);
        Assert.Contains("Mã 2.1 bị trùng", detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_ratio_rule_proposes_points_from_the_communes_plan_tasks_done_on_time_and_says_how(string provider)
    {
        await using var s = await CreateAsync(provider);
        await using (var scope = s.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var plan = new Plan { GovernmentId = s.CommuneA, Title = "Kế hoạch CCHC xã", Status = PlanStatus.Issued, PeriodFrom = new DateOnly(s.Today.Year, 1, 1), PeriodTo = new DateOnly(s.Today.Year, 12, 31), CreatedAt = s.App.Time.GetUtcNow() };
            db.Add(plan);
            for (var i = 0; i < 5; i++)
            {
                db.Add(new PlanTask { PlanId = plan.Id, Ref = $"{i + 1}", Order = i, Title = $"Nhiệm vụ {i + 1}", DueDate = new DateOnly(s.Today.Year, 3, 1 + i),
                    Status = i < 4 ? PlanTaskStatus.Done : PlanTaskStatus.DoneLate });
            }

            await db.SaveChangesAsync();
        }

        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standing = await s.App.LoginAsync(StandingA);
        var a = await s.OpenAsync(standing, await s.ImportAsync(appraiser, ParSample.Json(s.Today)), s.CommuneA);

        var item = (await Json(await standing.GetAsync($"/api/par/assessments/{a}"))).GetProperty("items")[1];
        // 4 of 5 done on time = 80% → the 80% band: 15 points.
        Assert.Equal(("1.2", 15m), (item.GetProperty("code").GetString(), item.GetProperty("proposedScore").GetDecimal()));
        Assert.StartsWith($"4/5 nhiệm vụ đến hạn trong năm {s.Today.Year} hoàn thành đúng hạn = 80%", item.GetProperty("proposalNote").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKindNull, item.GetProperty("selfScore").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
