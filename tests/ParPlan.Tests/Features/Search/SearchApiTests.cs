using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Search;

public sealed class SearchApiTests
{
    private static async Task<List<(string Kind, Guid Id)>> SearchAsync(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q))).EnumerateArray()
        .Select(h => (h.GetProperty("kind").GetString()!, h.GetProperty("id").GetGuid())).ToList();

    [Fact]
    public async Task Search_without_accents_finds_tasks_and_plans_written_with_accents()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);

        var tasks = await SearchAsync(standing, "cai cach thu tuc");
        var plans = await SearchAsync(standing, "KE HOACH cai cach hanh chinh");

        Assert.Equal([("task", s.TaskA)], tasks);
        Assert.Contains(("plan", s.PlanId), plans);
    }

    [Fact]
    public async Task Search_hides_another_communes_tasks_and_finds_evidence_by_its_document_number()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        using var officerB = await app.LoginAsync(RunPlanScenario.OfficerB);
        using var officerA = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("https://vanban.example.gov.vn/15"), "link" },
            { new StringContent("15/KH-UBND"), "documentNumber" },
            { new StringContent("Kế hoạch rà soát thủ tục"), "title" },
        };
        (await officerA.PostAsync($"/api/tasks/{s.TaskA}/evidence", form)).EnsureSuccessStatusCode();

        var hidden = await SearchAsync(officerB, "cai cach thu tuc");
        var own = await SearchAsync(officerB, "ra soat van ban");
        var evidence = await SearchAsync(officerA, "15/kh-ubnd");

        Assert.Empty(hidden);
        Assert.Equal([("task", s.TaskB)], own);
        Assert.Single(evidence, h => h.Kind == "evidence");
    }
}
