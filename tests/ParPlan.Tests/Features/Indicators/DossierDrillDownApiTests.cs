using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Demo;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Indicators;

/// <summary><c>GET /api/indicators/dossiers</c> (http-api.md) and the page behind the board's numbers list the value's
/// denominator, its numerator, or the rest of it.</summary>
public sealed class DossierDrillDownApiTests
{
    [Fact]
    public async Task The_api_and_the_page_list_the_denominator_and_the_rest_filter_lists_the_late_ones()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false", ["Indicators:RefreshHours"] = "0" });
        var province = await ImportGeneratedYearAsync(app);
        await app.AddUserAsync("quantri.hoso", Roles.Admin, null);
        using var admin = await app.LoginAsync("quantri.hoso");
        var values = await admin.GetFromJsonAsync<JsonElement[]>($"/api/indicators?governmentId={province}&period=2025-Q1");
        var onTime = values!.Single(v => v.GetProperty("code").GetString() == IndicatorCodes.OnTimeRate && v.GetProperty("unitCode").GetString() == "QT");
        var (num, den) = (onTime.GetProperty("numerator").GetInt64(), onTime.GetProperty("denominator").GetInt64());
        var url = $"/api/indicators/dossiers?unitId={province}&period=2025-Q1&code={IndicatorCodes.OnTimeRate}";

        var all = await admin.GetFromJsonAsync<JsonElement>(url + "&page=1");
        var numerator = await admin.GetFromJsonAsync<JsonElement>(url + "&part=numerator");
        var rest = await admin.GetFromJsonAsync<JsonElement>(url + "&part=rest&page=2");
        var badPart = await admin.GetAsync(url + "&part=tre");
        var page = await admin.GetStringAsync($"/chi-so/ho-so?dv={province}&ky=2025-Q1&ma={IndicatorCodes.OnTimeRate}&loc=con-lai");

        Assert.True(den > num && num > 0);
        Assert.Equal(den, all.GetProperty("total").GetInt64());
        Assert.Equal(50, all.GetProperty("items").GetArrayLength());
        Assert.Equal(num, numerator.GetProperty("total").GetInt64());
        Assert.Equal(den - num, rest.GetProperty("total").GetInt64());
        foreach (var item in rest.GetProperty("items").EnumerateArray())
        {
            Assert.True(item.GetProperty("finishedAt").GetDateTimeOffset() > item.GetProperty("dueAt").GetDateTimeOffset());
            Assert.NotEqual("rut_ho_so", item.GetProperty("status").GetString());
        }
        Assert.True(all.GetProperty("outsideUnitDates").GetInt32() > 0);
        Assert.Contains("chưa thành lập", all.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badPart.StatusCode);
        Assert.Contains("numerator", (await badPart.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains($"({den - num} hồ sơ)", page, StringComparison.Ordinal);
        Assert.Contains("Không đúng hạn (trễ hạn)", page, StringComparison.Ordinal);
    }

    /// <summary>The demo province and a generated 2025 (new communes' codes on first-half dossiers), imported and computed.</summary>
    private static async Task<Guid> ImportGeneratedYearAsync(ParPlanFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await ActivatorUtilities.CreateInstance<DemoOrganisation>(sp).BuildAsync(CancellationToken.None);
        var file = Path.Combine(Path.GetTempPath(), $"parplan-drill-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var output = File.Create(file))
            {
                SyntheticDossiers.Write(output, new SyntheticDossierOptions { Count = 4_000, Year = 2025, Seed = 5, UnitCodes = DemoDossierUnits.Codes(2025) });
            }

            await sp.GetRequiredService<DossierImporter>().ImportAsync(file, "tao");
            await sp.GetRequiredService<IndicatorComputer>().ComputeAsync();
        }
        finally
        {
            File.Delete(file);
        }

        return await sp.GetRequiredService<AppDbContext>().Units.Where(u => u.Code == "QT").Select(u => u.Id).SingleAsync();
    }
}
