using System.Net;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Components;

/// <summary>A signed-in user who may not open a page gets the Vietnamese "no access" page with status 403, not 200.</summary>
public sealed class NoAccessPageTests
{
    [Fact]
    public async Task A_unit_officer_opening_the_follow_up_page_gets_403_with_the_vietnamese_no_access_page()
    {
        await using var app = new ParPlanFactory();
        using var _ = app.CreateClient();
        var province = await app.AddUnitAsync("QT.TEST", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        var unit = await app.AddUnitAsync("QT.TEST.DV", "Phòng thử", UnitKind.Department, UnitLevel.Province, province);
        await app.AddUserAsync("donvi.thu", ParPlan.Features.Auth.Roles.UnitOfficer, unit);
        using var client = await app.LoginAsync("donvi.thu");

        var response = await client.GetAsync(new Uri("/theo-doi", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không có quyền truy cập", html, StringComparison.Ordinal);
        Assert.Contains("<title>Không có quyền truy cập – ParPlan</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_no_access_page_opened_by_its_address_answers_403()
    {
        await using var app = new ParPlanFactory();
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync(new Uri("/loi/403", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
