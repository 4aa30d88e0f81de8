using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>A government's indicator targets and hand-entered actuals are its own settings: the province reads a
/// commune's board but cannot set the commune's targets; the commune's officer can.</summary>
public sealed partial class IndicatorSettingsOwnershipTests
{
    private const string FormHeading = "Gắn chỉ tiêu kế hoạch với chỉ số";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task The_province_reads_a_communes_board_but_cannot_set_the_communes_target_and_the_commune_can()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        var commune = await app.AddUnitAsync("P.X1", "UBND xã Một", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
        await app.AddUserAsync("thuongtruc.x1", Roles.StandingOfficer, commune);
        using var provinceOfficer = await app.LoginAsync("thuongtruc.p");
        using var communeOfficer = await app.LoginAsync("thuongtruc.x1");

        var provinceView = await provinceOfficer.GetAsync($"/chi-so?dv={commune}&nam=2025");
        var communeView = await communeOfficer.GetStringAsync($"/chi-so?dv={commune}&nam=2025");
        await provinceOfficer.PostAsync($"/chi-so?dv={commune}&nam=2025", TargetForm(await TokenAsync(provinceOfficer), 10));
        var before = await TargetsAsync(app, commune);
        await communeOfficer.PostAsync($"/chi-so?dv={commune}&nam=2025", TargetForm(await TokenAsync(communeOfficer), 90));

        Assert.Empty(before);
        Assert.Equal(System.Net.HttpStatusCode.OK, provinceView.StatusCode);
        Assert.DoesNotContain(FormHeading, await provinceView.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(FormHeading, communeView, StringComparison.Ordinal);
        Assert.Equal([90m], await TargetsAsync(app, commune));
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        TokenPattern().Match(await client.GetStringAsync("/chi-so/nhap")).Groups[1].Value;

    private static FormUrlEncodedContent TargetForm(string token, decimal value) => new(
    [
        KeyValuePair.Create("__RequestVerificationToken", token),
        KeyValuePair.Create("_handler", "indicator-target"),
        KeyValuePair.Create("Target.Text", "Tỷ lệ hồ sơ đúng hạn"),
        KeyValuePair.Create("Target.Comparator", ">="),
        KeyValuePair.Create("Target.Value", value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        KeyValuePair.Create("Target.Unit", "%"),
        KeyValuePair.Create("Target.IndicatorCode", IndicatorCodes.OnTimeRate),
    ]);

    private static async Task<List<decimal>> TargetsAsync(ParPlanFactory app, Guid government)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<IndicatorTarget>().AsNoTracking()
            .Where(t => t.GovernmentId == government).Select(t => t.Value).ToListAsync();
    }
}
