using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Core.Documents;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Inspections;

/// <summary>The inspection pages and documents as the province's standing officer, its leader and a commune's unit officer.</summary>
public sealed class InspectionPagesTests
{
    [Fact]
    public async Task The_standing_officer_reads_coverage_with_its_denominator_the_leader_only_reads_and_a_communes_officer_gets_404()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await InspectionApiTests.ArrangeAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.Standing);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        using var commune = await app.LoginAsync(RunPlanScenario.OfficerA);
        var id = (await (await officer.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "Kiểm tra công tác CCHC năm nay", coverageTarget = 20 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var visitId = (await (await officer.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneA, date = s.Today, topics = new[] { "cchc", "apparatus" } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await InspectionApiTests.FindingAsync(officer, visitId, "Chưa kiện toàn bộ phận một cửa", s.Today.AddDays(15));

        var list = await officer.GetStringAsync("/kiem-tra");
        var detail = await officer.GetStringAsync($"/kiem-tra/{id}");
        var visit = await officer.GetStringAsync($"/kiem-tra/dot/{visitId}");
        var leaderDetail = await leader.GetStringAsync($"/kiem-tra/{id}");
        var communeList = await commune.GetStringAsync("/kiem-tra");
        var communeDetail = await commune.GetAsync($"/kiem-tra/{id}");
        var communeHome = await commune.GetStringAsync("/");

        Assert.Contains("inspection-create", list, StringComparison.Ordinal);
        Assert.Contains("Kiểm tra công tác CCHC năm nay", list, StringComparison.Ordinal);
        Assert.Contains("1/5 (20%)", detail, StringComparison.Ordinal);
        Assert.Contains("trên tổng số 5 cơ quan, đơn vị thuộc UBND tỉnh Thử", detail, StringComparison.Ordinal);
        Assert.Contains("Đạt", detail, StringComparison.Ordinal);
        Assert.Contains("visit-submit", detail, StringComparison.Ordinal);
        Assert.Contains("Công tác cải cách hành chính; Tổ chức bộ máy", visit, StringComparison.Ordinal);
        Assert.Contains("Đang khắc phục", visit, StringComparison.Ordinal);
        Assert.Contains("finding-submit", visit, StringComparison.Ordinal);
        Assert.DoesNotContain("visit-submit", leaderDetail, StringComparison.Ordinal);
        Assert.Contains("1/5 (20%)", leaderDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("inspection-create", communeList, StringComparison.Ordinal);
        Assert.DoesNotContain("Kiểm tra công tác CCHC năm nay", communeList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, communeDetail.StatusCode);
        Assert.Contains("Khắc phục tồn tại, hạn chế sau kiểm tra công tác CCHC", communeHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inspection_plan_and_its_conclusion_download_as_docx_that_read_back_with_the_finding_and_the_coverage()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await InspectionApiTests.ArrangeAsync(app);
        using var officer = await app.LoginAsync(RunPlanScenario.Standing);
        var id = (await (await officer.PostAsJsonAsync("/api/inspections", new { governmentId = s.Province, year = s.Today.Year, title = "Kiểm tra công tác CCHC", coverageTarget = 40 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await officer.PutAsJsonAsync($"/api/inspections/{id}/decision", new { number = "125/QĐ-UBND", date = s.Today });
        var visitId = (await (await officer.PostAsJsonAsync($"/api/inspections/{id}/visits", new { unitId = s.CommuneB, date = s.Today, topics = new[] { "tthc" } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await InspectionApiTests.FindingAsync(officer, visitId, "Chưa số hoá hồ sơ đúng quy định", s.Today.AddDays(15));

        var plan = await officer.GetAsync($"/api/inspections/{id}/document?format=docx&part=plan");
        var conclusion = await officer.GetAsync($"/api/inspections/{id}/document?format=docx&part=conclusion");

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", plan.Content.Headers.ContentType?.MediaType);
        var planText = string.Join("\n", DocumentReader.Read(await plan.Content.ReadAsByteArrayAsync(), "ke-hoach.docx").AllLines());
        var conclusionText = string.Join("\n", DocumentReader.Read(await conclusion.Content.ReadAsByteArrayAsync(), "ket-luan.docx").AllLines());
        Assert.Contains("Quyết định số 125/QĐ-UBND", planText, StringComparison.Ordinal);
        Assert.Contains("UBND xã Bình Minh", planText, StringComparison.Ordinal);
        Assert.Contains("ít nhất 40%", planText, StringComparison.Ordinal);
        Assert.Contains("KẾT LUẬN", conclusionText, StringComparison.Ordinal);
        Assert.Contains("Chưa số hoá hồ sơ đúng quy định", conclusionText, StringComparison.Ordinal);
        Assert.Contains("1/5 (20%)", conclusionText, StringComparison.Ordinal);
        Assert.Contains("chưa đạt", conclusionText, StringComparison.Ordinal);
    }
}
