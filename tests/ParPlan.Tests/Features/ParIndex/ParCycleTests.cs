using System.Net;
using System.Net.Http.Json;
using static ParPlan.Tests.Features.ParIndex.ParScenario;

namespace ParPlan.Tests.Features.ParIndex;

/// <summary>The whole cycle through the contract's routes, on both databases, checked against hand computation.</summary>
public sealed class ParCycleTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_communes_self_score_are_appraised_in_two_rounds_and_ranked_with_their_bands(string provider)
    {
        await using var s = await CreateAsync(provider);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standingA = await s.App.LoginAsync(StandingA);
        using var standingB = await s.App.LoginAsync(StandingB);
        var setId = await s.ImportAsync(appraiser, ParSample.Json(s.Today));
        var sets = await Json(await standingA.GetAsync("/api/par/criteria-sets"));
        Assert.Equal((setId, 1, "commune"), (sets[0].GetProperty("id").GetGuid(), sets[0].GetProperty("version").GetInt32(), sets[0].GetProperty("block").GetString()));

        var a = await s.OpenAsync(standingA, setId, s.CommuneA);
        var again = await standingA.PostAsJsonAsync("/api/par/assessments", new { criteriaSetId = setId, unitId = s.CommuneA });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(a, (await Json(again)).GetProperty("id").GetGuid());
        var b = await s.OpenAsync(standingB, setId, s.CommuneB);

        // Commune A scores 20 + 15 + 26 + 2 = 63; commune B 20 + 20 + 28 + 0 = 68.
        var v = await VersionAsync(standingA, a);
        foreach (var (code, score) in new[] { ("1.1", 20m), ("1.2", 15m), ("2.1", 26m), ("2.2", 2m) }) v = await ScoreAsync(standingA, a, code, score, v);
        Assert.Equal(HttpStatusCode.OK, (await standingA.PostAsJsonAsync($"/api/par/assessments/{a}/submit", new { version = v })).StatusCode);
        var w = await VersionAsync(standingB, b);
        foreach (var (code, score) in new[] { ("1.1", 20m), ("1.2", 20m), ("2.1", 28m), ("2.2", 0m) }) w = await ScoreAsync(standingB, b, code, score, w);
        Assert.Equal(HttpStatusCode.OK, (await standingB.PostAsJsonAsync($"/api/par/assessments/{b}/submit", new { version = w })).StatusCode);

        // Round 1 adjusts three criteria of A; A explains 2.1; round 2 gives 25 for it.
        v = await VersionAsync(appraiser, a);
        foreach (var (code, score) in new[] { ("1.1", 10m), ("1.2", 15m), ("2.1", 24m) })
        {
            var put = await appraiser.PutAsJsonAsync($"/api/par/assessments/{a}/items/{code}/appraisal", new { appraisedScore = score, comment = "Thiếu minh chứng đầy đủ", version = v });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            v = (await Json(put)).GetProperty("version").GetInt64();
        }

        v = (await Json(await appraiser.PostAsJsonAsync($"/api/par/assessments/{a}/rounds/close", new { version = v }))).GetProperty("version").GetInt64();
        var reply = await standingA.PutAsJsonAsync($"/api/par/assessments/{a}/items/2.1/reply", new { text = "Đã bổ sung sổ theo dõi hồ sơ", version = v });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        v = (await Json(reply)).GetProperty("version").GetInt64();
        v = (await Json(await appraiser.PutAsJsonAsync($"/api/par/assessments/{a}/items/2.1/appraisal", new { appraisedScore = 25m, comment = "Chấp nhận một phần giải trình", version = v }))).GetProperty("version").GetInt64();
        v = (await Json(await appraiser.PostAsJsonAsync($"/api/par/assessments/{a}/survey", new { points = 27m, version = v }))).GetProperty("version").GetInt64();
        v = (await Json(await appraiser.PostAsJsonAsync($"/api/par/assessments/{a}/adjustments", new { bonus = 2m, penalty = 1m, note = "Sáng kiến; chậm báo cáo quý", version = v }))).GetProperty("version").GetInt64();
        var finalA = await appraiser.PostAsJsonAsync($"/api/par/assessments/{a}/finalize", new { version = v });

        // A: 10 + 15 + 25 + 2 = 52 appraised, + 27 survey + 2 − 1 = 80 → "Tốt".
        Assert.Equal(HttpStatusCode.OK, finalA.StatusCode);
        var fa = await Json(finalA);
        Assert.Equal(("finalized", 63m, 52m, 80m, "Tốt"), (fa.GetProperty("status").GetString(), fa.GetProperty("selfTotal").GetDecimal(),
            fa.GetProperty("appraisedTotal").GetDecimal(), fa.GetProperty("index").GetDecimal(), fa.GetProperty("band").GetString()));
        var item21 = fa.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "2.1");
        Assert.Equal((26m, 24m, 25m, "Đã bổ sung sổ theo dõi hồ sơ"), (item21.GetProperty("selfScore").GetDecimal(), item21.GetProperty("round1Score").GetDecimal(),
            item21.GetProperty("appraisedScore").GetDecimal(), item21.GetProperty("reply").GetString()));

        // B: 68 + 30 survey + 2 bonus = 100, but 2.2 = 0 rules out "Xuất sắc" → "Tốt".
        w = await VersionAsync(appraiser, b);
        w = (await Json(await appraiser.PostAsJsonAsync($"/api/par/assessments/{b}/survey", new { points = 30m, version = w }))).GetProperty("version").GetInt64();
        w = (await Json(await appraiser.PostAsJsonAsync($"/api/par/assessments/{b}/adjustments", new { bonus = 2m, penalty = 0m, note = "Mô hình hay", version = w }))).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await appraiser.PostAsJsonAsync($"/api/par/assessments/{b}/finalize", new { version = w })).StatusCode);

        var results = await Json(await standingA.GetAsync($"/api/par/results?criteriaSetId={setId}"));
        Assert.Equal([(s.CommuneB, 100m, "Tốt", 1), (s.CommuneA, 80m, "Tốt", 2)], results.EnumerateArray()
            .Select(r => (r.GetProperty("unitId").GetGuid(), r.GetProperty("index").GetDecimal(), r.GetProperty("band").GetString(), r.GetProperty("rank").GetInt32())));
        var after = await appraiser.PutAsJsonAsync($"/api/par/assessments/{a}/items/1.1/appraisal", new { appraisedScore = 20m, version = fa.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.Conflict, after.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_set_replaced_mid_year_keeps_each_assessment_on_the_version_it_used(string provider)
    {
        await using var s = await CreateAsync(provider);
        using var appraiser = await s.App.LoginAsync(Appraiser);
        using var standingA = await s.App.LoginAsync(StandingA);
        using var standingB = await s.App.LoginAsync(StandingB);
        var first = await s.ImportAsync(appraiser, ParSample.Json(s.Today));
        var a = await s.OpenAsync(standingA, first, s.CommuneA);
        var second = await s.ImportAsync(appraiser, ParSample.Json(s.Today, max21: 27, max22: 3, name: "Bộ tiêu chí thử (thay thế)"));
        var b = await s.OpenAsync(standingB, second, s.CommuneB);

        var sets = (await Json(await appraiser.GetAsync("/api/par/criteria-sets"))).EnumerateArray()
            .Select(x => (x.GetProperty("id").GetGuid(), x.GetProperty("version").GetInt32(), x.GetProperty("superseded").GetBoolean())).ToList();
        Assert.Equal([(second, 2, false), (first, 1, true)], sets);
        decimal Max(System.Text.Json.JsonElement view, string code) =>
            view.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("maxPoints").GetDecimal();
        var viewA = await Json(await standingA.GetAsync($"/api/par/assessments/{a}"));
        var viewB = await Json(await standingB.GetAsync($"/api/par/assessments/{b}"));
        Assert.Equal((first, 28m), (viewA.GetProperty("criteriaSetId").GetGuid(), Max(viewA, "2.1")));
        Assert.Equal((second, 27m), (viewB.GetProperty("criteriaSetId").GetGuid(), Max(viewB, "2.1")));
        // A score valid only under the new version is still refused on the old one, and the other way round.
        var v = await VersionAsync(standingA, a);
        var onOld = await standingA.PutAsJsonAsync($"/api/par/assessments/{a}/items/2.2", new { selfScore = 3m, explanation = "x", version = v });
        Assert.Equal(HttpStatusCode.BadRequest, onOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await standingB.PutAsJsonAsync($"/api/par/assessments/{b}/items/2.2", new { selfScore = 3m, explanation = "x", version = await VersionAsync(standingB, b) })).StatusCode);
    }
}
