using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Plans;

public sealed class PlanTextLimitTests
{
    [Fact]
    public async Task A_one_megabyte_plan_number_is_refused_naming_the_field_and_its_limit_and_the_list_stays_small()
    {
        await using var app = new ParPlanFactory();
        var commune = await app.AddUnitAsync("X", "UBND xã Thử", UnitKind.CommuneGovernment, UnitLevel.Commune, null);
        await app.AddUserAsync("thuongtruc.thu", Roles.StandingOfficer, commune);
        using var client = await app.LoginAsync("thuongtruc.thu");
        var imported = await client.PostAsync("/api/plans/import",
            PlanApiTests.Upload(await File.ReadAllBytesAsync(PlanApiTests.SeedPath("002_82c4b63d1339515c")), "ke-hoach.txt", null));
        var planId = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();

        var response = await client.PostAsJsonAsync($"/api/plans/{planId}/issue", new { number = new string('9', 1024 * 1024), issuedOn = "2026-01-15" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Số hiệu kế hoạch tối đa 50 ký tự.", problem.GetProperty("detail").GetString());
        var list = await client.GetStringAsync("/api/plans");
        Assert.True(list.Length < 10_000, $"the plan list weighs {list.Length} characters");
        var issued = await client.PostAsJsonAsync($"/api/plans/{planId}/issue", new { number = "12/KH-UBND", issuedOn = "2026-01-15" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
    }

    [Fact]
    public async Task An_evidence_document_number_over_its_column_is_refused_naming_the_field()
    {
        await using var app = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("https://example.org/van-ban"), "link" },
            { new StringContent(new string('A', 101)), "documentNumber" },
        };

        var response = await client.PostAsync($"/api/tasks/{s.TaskA}/evidence", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Số, ký hiệu văn bản tối đa 100 ký tự.", problem.GetProperty("detail").GetString());
    }
}
