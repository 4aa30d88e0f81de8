using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Plans;

public sealed class PlanUploadLimitTests
{
    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused_with_413()
    {
        await using var app = new ParPlanFactory(new() { ["Plans:Import:MaxBytes"] = "2048" });
        var commune = await app.AddUnitAsync("X", "UBND xã Thử", UnitKind.CommuneGovernment, UnitLevel.Commune, null);
        await app.AddUserAsync("thuongtruc.thu", Roles.StandingOfficer, commune);
        using var client = await app.LoginAsync("thuongtruc.thu");
        var big = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("KẾ HOẠCH Cải cách hành chính năm 2026\n", 200)));

        var response = await client.PostAsync("/api/plans/import", PlanApiTests.Upload(big, "ke-hoach.txt", null));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("giới hạn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
