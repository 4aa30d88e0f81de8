using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Surveys;

/// <summary>The contract's survey routes: a campaign, 2.000 responses through the API, results per element and per sector
/// matching a hand computation, a sector below its floor shown as missed, broken responses named by position.</summary>
public sealed class SurveyApiTests
{
    [Fact]
    public async Task Two_thousand_responses_import_through_the_api_and_their_indices_match_a_hand_computation()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var created = await standing.PostAsJsonAsync("/api/surveys", new { governmentId = s.Province, year = s.Today.Year, title = "Khảo sát SIPAS năm nay" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        // 1.200 land responses: 900 answer 5 everywhere, 300 answer 3 everywhere → every element 75%.
        // 800 health responses: all 4 on elements 1–4, 2 on element 5 → 100, 100, 100, 100, 0 → sector 80%.
        var responses = Enumerable.Range(0, 2000).Select(i => i < 1200
            ? new { sector = "Đất đai", unitId = (Guid?)s.CommuneA, answers = Same(i < 900 ? 5 : 3) }
            : new { sector = "Y tế", unitId = (Guid?)null, answers = new Dictionary<string, int> { ["1"] = 4, ["2"] = 4, ["3"] = 4, ["4"] = 4, ["5"] = 2 } })
            .ToList();
        var imported = await standing.PostAsJsonAsync($"/api/surveys/{id}/responses", responses);
        var targets = await standing.PutAsJsonAsync($"/api/surveys/{id}/targets", new[] { new { sector = "Đất đai", floor = 85m }, new { sector = "Y tế", floor = 80m } });
        var results = await standing.GetFromJsonAsync<JsonElement>($"/api/surveys/{id}/results");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2000, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        Assert.Equal(HttpStatusCode.OK, targets.StatusCode);
        Assert.Equal(2000, results.GetProperty("responses").GetInt32());
        // Element indices over all 2.000: elements 1–4 (900 + 800) / 2000 = 85; element 5: 900 / 2000 = 45. Overall = mean = 77.
        Assert.Equal([85m, 85m, 85m, 85m, 45m], results.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("index").GetDecimal()));
        Assert.Equal(77m, results.GetProperty("overall").GetDecimal());
        var sectors = results.GetProperty("bySector").EnumerateArray().ToDictionary(x => x.GetProperty("sector").GetString()!);
        Assert.Equal((1200, 75m, 85m, false), (sectors["Đất đai"].GetProperty("responses").GetInt32(), sectors["Đất đai"].GetProperty("index").GetDecimal(),
            sectors["Đất đai"].GetProperty("target").GetDecimal(), sectors["Đất đai"].GetProperty("met").GetBoolean()));
        Assert.Equal((80m, true), (sectors["Y tế"].GetProperty("index").GetDecimal(), sectors["Y tế"].GetProperty("met").GetBoolean()));
        Assert.Contains("chưa được xác minh", results.GetProperty("formulaNote").GetString());
    }

    [Fact]
    public async Task Broken_responses_are_named_by_position_in_vietnamese_and_the_rest_are_stored()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var created = await standing.PostAsJsonAsync("/api/surveys", new { governmentId = s.Province, year = s.Today.Year, title = "Khảo sát" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        const string Body = """
            [{ "sector": "Tư pháp", "answers": { "1": 5, "2": 4 } },
             { "sector": "", "answers": { "1": 5 } },
             { "sector": "Tư pháp", "answers": { "9": 5, "2": 7 } },
             { "sector": "Tư pháp", "unitId": "6f1c2e0a-0000-0000-0000-000000000001", "answers": { "1": 1 } }]
            """;

        var posted = await standing.PostAsync($"/api/surveys/{id}/responses", new StringContent(Body, Encoding.UTF8, "application/json"));
        var broken = await standing.PostAsync($"/api/surveys/{id}/responses", new StringContent("{ không phải JSON", Encoding.UTF8, "application/json"));
        var huge = await standing.PostAsync($"/api/surveys/{id}/responses", new ByteArrayContent(new byte[5 * 1024 * 1024]));
        var byLeader = await leader.PostAsJsonAsync("/api/surveys", new { governmentId = s.Province, year = s.Today.Year, title = "x" });
        var badYear = await standing.PostAsJsonAsync("/api/surveys", new { governmentId = s.Province, year = 1800, title = "x" });
        var outcome = await posted.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, outcome.GetProperty("imported").GetInt32());
        var rejected = outcome.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("index").GetInt32(), r => r.GetProperty("reason").GetString()!);
        Assert.Equal([1, 2, 3], rejected.Keys.Order());
        Assert.Contains("Thiếu lĩnh vực", rejected[1]);
        Assert.Contains("Điểm 7 của yếu tố 2", rejected[2]);
        Assert.Contains("unitId", rejected[3]);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("mảng JSON", await broken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
    }

    private static Dictionary<string, int> Same(int score) => Enumerable.Range(1, 5).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => score);
}
