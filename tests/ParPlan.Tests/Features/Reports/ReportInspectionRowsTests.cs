using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Tests.Features.Inspections;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Reports;

/// <summary>A government's report takes its inspections of the year into the annex rows it would otherwise type.</summary>
public sealed class ReportInspectionRowsTests
{
    [Fact]
    public async Task A_provinces_yearly_report_states_the_units_it_inspected_and_the_issues_found_and_fixed_until_the_officer_types_other_figures()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await InspectionApiTests.ArrangeAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.Standing);
        using var commune = await app.LoginAsync(RunPlanScenario.OfficerA);
        var created = await officer.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "Kiểm tra CCHC", coverageTarget = 20 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var visit = await officer.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneA, date = s.Today, topics = new[] { "CCHC" } });
        var visitId = (await visit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var fixedOne = await InspectionApiTests.FindingAsync(officer, visitId, "Chưa niêm yết đầy đủ thủ tục hành chính", s.Today.AddDays(10));
        await InspectionApiTests.FindingAsync(officer, visitId, "Chưa số hoá kết quả giải quyết", s.Today.AddDays(20));
        var task = (await commune.GetFromJsonAsync<JsonElement>("/api/tasks/mine")).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == fixedOne.TaskId);
        var done = await commune.PostAsJsonAsync($"/api/tasks/{fixedOne.TaskId}/progress",
            new { status = "done", percent = 100, note = "Đã niêm yết đủ", version = task.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        var report = await ReportApi.StartAsync(officer, s.Province, s.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var prefilled = Annex(await ReportApi.GetAsync(officer, report));
        var typed = await officer.PutAsJsonAsync($"/api/reports/{report}/annex",
            new { rows = new[] { new { code = "inspection.units", value = 4m, note = "Kể cả kiểm tra lồng ghép" } }, version = await ReportApi.VersionAsync(officer, report) });
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        var afterTyping = Annex(await ReportApi.GetAsync(officer, report));

        Assert.Equal((1m, 2m, 1m), (prefilled["inspection.units"], prefilled["inspection.issues"], prefilled["inspection.fixed"]));
        Assert.Equal((4m, 2m, 1m), (afterTyping["inspection.units"], afterTyping["inspection.issues"], afterTyping["inspection.fixed"]));
    }

    private static Dictionary<string, decimal?> Annex(JsonElement report) =>
        report.GetProperty("annex").EnumerateArray().ToDictionary(
            r => r.GetProperty("code").GetString()!,
            r => r.GetProperty("value").ValueKind == JsonValueKind.Number ? r.GetProperty("value").GetDecimal() : (decimal?)null);
}
