using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Indicators;

public sealed class IndicatorApiTests
{
    [Fact]
    public async Task An_administrator_asking_for_indicators_without_a_government_gets_a_400_naming_the_governmentId_parameter()
    {
        await using var app = new ParPlanFactory();
        var province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        await app.AddUserAsync("quantri.chiso", Roles.Admin, null);
        using var admin = await app.LoginAsync("quantri.chiso");

        var missing = await admin.GetAsync("/api/indicators?period=2025");
        var export = await admin.GetAsync("/chi-so/xuat?period=2025");
        var unknown = await admin.GetAsync($"/api/indicators?governmentId={Guid.NewGuid()}&period=2025");
        var named = await admin.GetAsync($"/api/indicators?governmentId={province}&period=2025");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("governmentId", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Quản trị viên", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
    }
}
