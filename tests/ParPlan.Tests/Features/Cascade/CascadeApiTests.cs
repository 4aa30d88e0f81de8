using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Cascade;

/// <summary>The cascade routes of the contract on the demo province, as its officers.</summary>
public sealed class CascadeApiTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task A_commune_reads_its_provinces_issued_plan_but_not_a_sister_communes_and_cannot_change_the_provinces()
    {
        using var vinhLinh = await demo.App.LoginAsync("thuongtruc.vinhlinh");
        var province = await PlanOfAsync("QT");
        var sister = await PlanOfAsync("QT.XA.VINHTHUY");

        var read = await vinhLinh.GetAsync($"/api/plans/{province}");
        var sisterRead = await vinhLinh.GetAsync($"/api/plans/{sister}");
        var issue = await vinhLinh.PostAsJsonAsync($"/api/plans/{province}/issue", new { number = "1/KH", issuedOn = "2026-01-01" });
        var list = await vinhLinh.GetFromJsonAsync<JsonElement>("/api/plans");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var tasks = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tasks");
        Assert.Contains(tasks.EnumerateArray(), t => t.GetProperty("ref").GetString() == "1.4" && t.TryGetProperty("parentTaskId", out _));
        Assert.Equal(HttpStatusCode.NotFound, sisterRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, issue.StatusCode);
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("id").GetGuid() == province);
        Assert.DoesNotContain(list.EnumerateArray(), p => p.GetProperty("id").GetGuid() == sister);
    }

    [Fact]
    public async Task A_commune_cannot_create_a_child_plan_for_another_commune_but_creates_its_own()
    {
        using var vinhLinh = await demo.App.LoginAsync("thuongtruc.vinhlinh");
        var province = await PlanOfAsync("QT");

        var forSister = await vinhLinh.PostAsJsonAsync($"/api/plans/{province}/children", new { governmentId = await demo.UnitAsync("QT.XA.CUATUNG") });
        var own = await vinhLinh.PostAsJsonAsync($"/api/plans/{province}/children", new { governmentId = await demo.UnitAsync("QT.XA.VINHLINH") });

        Assert.Equal(HttpStatusCode.NotFound, forSister.StatusCode);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var created = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, created.GetProperty("taskCount").GetInt32());
        var child = await vinhLinh.GetFromJsonAsync<JsonElement>($"/api/plans/{created.GetProperty("planId").GetGuid()}");
        Assert.Equal(province, child.GetProperty("parentPlanId").GetGuid());
        Assert.All(child.GetProperty("tasks").EnumerateArray(), t => Assert.Equal(JsonValueKind.String, t.GetProperty("parentTaskId").ValueKind));
    }

    [Fact]
    public async Task The_province_cascades_with_a_due_date_and_each_commune_sees_only_its_own_line()
    {
        using var provinceOfficer = await demo.App.LoginAsync("thuongtruc.tinh");
        using var vinhThuy = await demo.App.LoginAsync("donvi.vinhthuy.vhxh");
        var province = await PlanOfAsync("QT");
        var benQuan = await demo.UnitAsync("QT.XA.BENQUAN");

        var cascaded = await provinceOfficer.PostAsJsonAsync($"/api/plans/{province}/cascade", new { governmentIds = new[] { benQuan }, dueOn = "2099-02-28" });
        var missingDate = await provinceOfficer.PostAsJsonAsync($"/api/plans/{province}/cascade", new { governmentIds = new[] { benQuan } });
        var byUnitOfficer = await vinhThuy.PostAsJsonAsync($"/api/plans/{province}/cascade", new { governmentIds = new[] { benQuan }, dueOn = "2099-02-28" });
        var seenBelow = await vinhThuy.GetFromJsonAsync<JsonElement>($"/api/plans/{province}/cascade");

        Assert.Equal(HttpStatusCode.OK, cascaded.StatusCode);
        var rows = await cascaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, rows.GetArrayLength());
        var row = rows.EnumerateArray().Single(r => r.GetProperty("governmentId").GetGuid() == benQuan);
        Assert.Equal(("2099-02-28", "pending"), (row.GetProperty("dueOn").GetString(), row.GetProperty("status").GetString()));
        Assert.True(row.GetProperty("coverage").GetProperty("parentTasks").GetInt32() >= 2);
        Assert.Equal(HttpStatusCode.BadRequest, missingDate.StatusCode);
        Assert.Contains("hạn ban hành", await missingDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byUnitOfficer.StatusCode);
        var line = Assert.Single(seenBelow.EnumerateArray());
        Assert.Equal(await demo.UnitAsync("QT.XA.VINHTHUY"), line.GetProperty("governmentId").GetGuid());
        Assert.Equal("issued", line.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_pages_show_the_compliance_list_and_matrix_to_the_province_and_the_provinces_tasks_to_the_commune_in_vietnamese()
    {
        using var provinceOfficer = await demo.App.LoginAsync("thuongtruc.tinh");
        using var vinhLinh = await demo.App.LoginAsync("thuongtruc.vinhlinh");
        var province = await PlanOfAsync("QT");
        var sister = await PlanOfAsync("QT.XA.VINHTHUY");

        var panel = await provinceOfficer.GetStringAsync($"/ke-hoach/{province}/phan-cap");
        var below = await vinhLinh.GetStringAsync($"/ke-hoach/{province}/phan-cap");
        var upper = await vinhLinh.GetStringAsync("/ke-hoach/cap-tren");
        var wizard = await vinhLinh.GetAsync($"/ke-hoach/{province}/ke-hoach-con");
        var sisterPanel = await vinhLinh.GetAsync($"/ke-hoach/{sister}/phan-cap");

        Assert.Contains("Tình hình ban hành kế hoạch của cấp dưới", panel, StringComparison.Ordinal);
        Assert.Contains("coverage-matrix", panel, StringComparison.Ordinal);
        Assert.Contains("Đã ban hành đúng hạn", panel, StringComparison.Ordinal);
        Assert.Contains("UBND xã Vĩnh Linh", below, StringComparison.Ordinal);
        Assert.DoesNotContain("UBND xã Cửa Tùng", below, StringComparison.Ordinal);
        Assert.DoesNotContain("coverage-matrix", below, StringComparison.Ordinal);
        Assert.Contains("Ban hành Kế hoạch CCHC năm của UBND cấp xã", upper, StringComparison.Ordinal);
        Assert.DoesNotContain("Giao quyền tự chủ tài chính", upper, StringComparison.Ordinal); // a task that does not name the commune
        Assert.Equal(HttpStatusCode.OK, wizard.StatusCode);
        Assert.Contains("Sở Nội vụ", await wizard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, sisterPanel.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_shows_the_province_and_its_leader_coverage_per_area_and_a_commune_nothing_of_it()
    {
        using var provinceOfficer = await demo.App.LoginAsync("thuongtruc.tinh");
        using var leader = await demo.App.LoginAsync("lanhdao.tinh");
        using var vinhLinh = await demo.App.LoginAsync("thuongtruc.vinhlinh");
        var province = await PlanOfAsync("QT");

        var officerView = await provinceOfficer.GetStringAsync("/bang-dieu-khien");
        var leaderView = await leader.GetStringAsync("/bang-dieu-khien");
        var communeView = await vinhLinh.GetStringAsync("/bang-dieu-khien");

        foreach (var page in new[] { officerView, leaderView })
        {
            Assert.Contains("Cấp dưới cụ thể hoá kế hoạch", page, StringComparison.Ordinal);
            Assert.Contains($"href=\"/ke-hoach/{province}/phan-cap\"", page, StringComparison.Ordinal);
            Assert.Contains(Core.Plans.AreaNames.Short("procedures"), page, StringComparison.Ordinal);
            Assert.Contains("ban hành đúng hạn", page, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("cascade-coverage", communeView, StringComparison.Ordinal);
    }

    private async Task<Guid> PlanOfAsync(string governmentCode)
    {
        var government = await demo.UnitAsync(governmentCode);
        await using var scope = demo.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Plans
            .Where(p => p.GovernmentId == government && p.ParentPlanId == null || p.GovernmentId == government && governmentCode != "QT")
            .OrderBy(p => p.CreatedAt).Select(p => p.Id).FirstAsync();
    }
}
