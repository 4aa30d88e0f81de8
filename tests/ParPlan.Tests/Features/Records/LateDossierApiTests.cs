using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Tests.Features.Dossiers;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Records;

/// <summary>The late-dossier routes over HTTP: the unit's officer records, another commune's officer learns nothing, a
/// leader may not write, the list and the indicator move together, and the page's form does the same.</summary>
public sealed partial class LateDossierApiTests
{
    [Fact]
    public async Task The_units_officer_records_an_apology_through_the_api_and_the_list_and_the_indicator_both_drop_by_one()
    {
        var (app, s, year) = await ArrangeAsync();
        await using var _ = app;
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        using var officerA = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var officerB = await app.LoginAsync(RunPlanScenario.OfficerB);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var a1 = await IdAsync(app, "A1");
        var complete = new { explanation = "Chậm do chờ xác minh.", letterNumber = "3/TXL-UBND", letterDate = $"{year}-03-21", method = "buu-chinh" };

        var before = await standing.GetFromJsonAsync<JsonElement>($"/api/records/late-dossiers?governmentId={s.Province}&period={year}");
        var stranger = await officerB.PutAsJsonAsync($"/api/records/late-dossiers/{a1}/apology", complete);
        var reader = await leader.PutAsJsonAsync($"/api/records/late-dossiers/{a1}/apology", complete);
        var empty = await officerA.PutAsJsonAsync($"/api/records/late-dossiers/{a1}/apology", new { });
        var saved = await officerA.PutAsJsonAsync($"/api/records/late-dossiers/{a1}/apology", complete);
        var after = await standing.GetFromJsonAsync<JsonElement>($"/api/records/late-dossiers?governmentId={s.Province}&period={year}");
        var indicators = await standing.GetFromJsonAsync<JsonElement>($"/api/indicators?governmentId={s.Province}&period={year}");

        Assert.Equal(2, before.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Nhập nội dung giải trình", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True((await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("complete").GetBoolean());
        Assert.Equal(1, after.GetProperty("total").GetInt32());
        Assert.Equal("A2", after.GetProperty("items")[0].GetProperty("code").GetString());
        var province = after.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == s.Province);
        Assert.Equal((2, 1, 50m, false), (province.GetProperty("late").GetInt32(), province.GetProperty("handled").GetInt32(),
            province.GetProperty("rate").GetDecimal(), province.GetProperty("met").GetBoolean()));
        var count = indicators.EnumerateArray().Single(v => v.GetProperty("code").GetString() == "dossier.late-without-apology"
            && v.GetProperty("unitId").GetGuid() == s.Province);
        Assert.Equal(1m, count.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task On_the_page_the_officer_saves_the_form_and_the_dossier_leaves_the_list_with_a_message_shown_once()
    {
        var (app, s, year) = await ArrangeAsync();
        await using var _ = app;
        using var officerA = await app.LoginAsync(RunPlanScenario.OfficerA);
        var a2 = await IdAsync(app, "A2");
        var list = await officerA.GetStringAsync($"/ho-so-tre-han?ky={year}&donvi={s.CommuneA}");
        var form = await officerA.GetStringAsync($"/ho-so-tre-han/{a2}?ky={year}");

        var bad = await officerA.PostAsync($"/ho-so-tre-han/{a2}?ky={year}", Form(form, ("Form.Explanation", "Quá hạn do thiếu cán bộ."),
            ("Form.LetterNumber", "7/TXL"), ("Form.LetterDate", "31/02/" + year), ("Form.Method", "thu-dien-tu")));
        var posted = await officerA.PostAsync($"/ho-so-tre-han/{a2}?ky={year}", Form(form, ("Form.Explanation", "Quá hạn do thiếu cán bộ."),
            ("Form.LetterNumber", "7/TXL"), ("Form.LetterDate", $"20/03/{year}"), ("Form.Method", "thu-dien-tu")));
        var next = await officerA.GetStringAsync(posted.Headers.Location!.OriginalString);
        var export = await officerA.GetAsync($"/ho-so-tre-han/xuat?dv={s.CommuneA}&ky={year}");

        Assert.Contains("data-code=\"A1\"", list, StringComparison.Ordinal);
        Assert.Contains("data-code=\"A2\"", list, StringComparison.Ordinal);
        Assert.Contains("Số thư", form, StringComparison.Ordinal);
        Assert.Contains($"Ngày thư «31/02/{year}» không đúng dạng", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Đã lưu giải trình và thư xin lỗi của hồ sơ A2.", next, StringComparison.Ordinal);
        Assert.DoesNotContain("data-code=\"A2\"", next, StringComparison.Ordinal);
        Assert.Contains("data-code=\"A1\"", next, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<(ParPlanFactory App, RunPlanScenario S, int Year)> ArrangeAsync()
    {
        var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        var year = s.Today.Year - 1;
        string commune;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            commune = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Units.Where(u => u.Id == s.CommuneA).Select(u => u.Code).SingleAsync();
        }

        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        var csv = DossierStore.Header + "\n" + string.Join("\n",
            DossierStore.Row("A1", commune, $"{year}-03-02T08:00", $"{year}-03-10T17:00", $"{year}-03-12T09:00", "da_tra"),
            DossierStore.Row("A2", commune, $"{year}-03-02T08:00", $"{year}-03-10T17:00", $"{year}-03-18T09:00", "da_tra"),
            DossierStore.Row("A3", commune, $"{year}-03-02T08:00", $"{year}-03-10T17:00", $"{year}-03-05T09:00", "da_tra")) + "\n";
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "ho-so.csv" } };
        var import = await standing.PostAsync("/api/dossiers/import", upload);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        return (app, s, year);
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) => new(
        [
            new("__RequestVerificationToken", Token().Match(page).Groups[1].Value), new("_handler", "apology"),
            .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
        ]);

    private static async Task<long> IdAsync(ParPlanFactory app, string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Dossier>().Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
