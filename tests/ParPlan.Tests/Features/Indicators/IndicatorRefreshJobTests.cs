using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

public sealed class IndicatorRefreshJobTests
{
    [Fact]
    public async Task A_dossier_still_open_becomes_late_without_apology_on_the_next_scheduled_recomputation_without_a_new_import()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["Indicators:RefreshHours"] = "24", ["FollowUp:Enabled"] = "false" });
        var province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        await app.AddUnitAsync("P.X1", "UBND xã Một", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
        using var client = await app.LoginAsync("thuongtruc.p");
        string Local(TimeSpan offset) => app.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Add(offset).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        var csv = Header + "\n" + Row("HS1", "P.X1", Local(TimeSpan.FromDays(-1)), Local(TimeSpan.FromDays(1)), null, "dang_xu_ly") + "\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "hoso.csv");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/dossiers/import", form)).StatusCode);
        var year = app.Time.GetUtcNow().AddDays(3).ToOffset(TimeSpan.FromHours(7)).Year.ToString(CultureInfo.InvariantCulture);
        var before = await LateAsync(client, year) ?? 0;
        app.Time.Advance(TimeSpan.FromDays(3));
        using var nextDay = await app.LoginAsync("thuongtruc.p");
        decimal? after = null;
        for (var i = 0; i < 100 && after != 1; i++)
        {
            await Task.Delay(100); // the scheduled recomputation runs in the background once the clock passes it
            after = await LateAsync(nextDay, year);
        }

        Assert.Equal(0, before);
        Assert.Equal(1, after);
    }

    /// <summary>The province's number of late dossiers without an apology for the year, if computed.</summary>
    private static async Task<decimal?> LateAsync(HttpClient client, string year)
    {
        var values = await client.GetFromJsonAsync<JsonElement[]>($"/api/indicators?period={year}");
        var late = values!.Where(v => v.GetProperty("code").GetString() == "dossier.late-without-apology" && v.GetProperty("unitCode").GetString() == "P").ToList();
        return late.Count == 1 && late[0].GetProperty("value").ValueKind == JsonValueKind.Number ? late[0].GetProperty("value").GetDecimal() : null;
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(169)]
    public void A_refresh_interval_out_of_range_stops_the_start_with_a_vietnamese_message(int hours)
    {
        var result = new IndicatorOptionsValidator().Validate(null, new IndicatorOptions { RefreshHours = hours });

        Assert.True(result.Failed);
        Assert.Contains("Indicators:RefreshHours", result.FailureMessage, StringComparison.Ordinal);
    }
}
