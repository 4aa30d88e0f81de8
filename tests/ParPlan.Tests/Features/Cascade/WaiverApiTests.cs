using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Cascade.Pages;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Cascade;

/// <summary>Waivers of the coverage matrix through the route and the cascade panel, on the demo province: only the
/// province's standing officer records and undoes them.</summary>
public sealed partial class WaiverApiTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    private const string Reason = "Xã chưa thành lập Trung tâm Phục vụ hành chính công";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Fact]
    public async Task The_province_marks_a_task_not_applicable_to_a_commune_and_undoes_it_while_a_commune_or_a_unit_officer_may_not()
    {
        using var province = await demo.App.LoginAsync("thuongtruc.tinh");
        using var commune = await demo.App.LoginAsync("thuongtruc.vinhlinh");
        using var unit = await demo.App.LoginAsync("donvi.vinhthuy.vhxh");
        var (plan, task) = await PlanAndTaskAsync("3.3");
        var cuaTung = await demo.UnitAsync("QT.XA.CUATUNG");
        var body = new { parentTaskId = task, governmentId = cuaTung, reason = Reason };
        var query = $"/api/plans/{plan}/waivers?parentTaskId={task}&governmentId={cuaTung}";

        var byCommune = await commune.PostAsJsonAsync($"/api/plans/{plan}/waivers", body);
        var byUnit = await unit.PostAsJsonAsync($"/api/plans/{plan}/waivers", body);
        var noReason = await province.PostAsJsonAsync($"/api/plans/{plan}/waivers", new { parentTaskId = task, governmentId = cuaTung, reason = " " });
        var notBelow = await province.PostAsJsonAsync($"/api/plans/{plan}/waivers", new { parentTaskId = task, governmentId = await demo.UnitAsync("QT.SNV"), reason = Reason });
        var waived = await province.PostAsJsonAsync($"/api/plans/{plan}/waivers", body);
        var cell = await CellAsync(province, plan, task, cuaTung);
        var undoByCommune = await commune.DeleteAsync(query);
        var undone = await province.DeleteAsync(query);
        var again = await province.DeleteAsync(query);
        var after = await CellAsync(province, plan, task, cuaTung);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (byCommune.StatusCode, byUnit.StatusCode));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noReason.StatusCode, notBelow.StatusCode));
        Assert.Contains("lý do", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, waived.StatusCode);
        Assert.Equal(("not-applicable", Reason), (cell.GetProperty("state").GetString(), cell.GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, undoByCommune.StatusCode);
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (undone.StatusCode, again.StatusCode));
        Assert.Equal("not-covered", after.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_panel_records_a_waiver_from_its_form_lists_it_with_its_reason_and_undoes_it_and_the_leader_only_reads_it()
    {
        using var province = await demo.App.LoginAsync("thuongtruc.tinh");
        using var leader = await demo.App.LoginAsync("lanhdao.tinh");
        var (plan, task) = await PlanAndTaskAsync("3.3");
        var benQuan = await demo.UnitAsync("QT.XA.BENQUAN");
        var path = CascadePage.PathOf(plan);

        var proposed = await province.GetStringAsync($"{path}?nv={task}&dp={benQuan}");
        var posted = await province.PostAsync(path, new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Token().Match(proposed).Groups[1].Value), new("_handler", "waive"),
            new("Waive.TaskId", task.ToString()), new("Waive.GovernmentId", benQuan.ToString()), new("Waive.Reason", Reason),
        ]));
        var listed = await province.GetStringAsync(path);
        var leaderView = await leader.GetStringAsync(path);
        var undone = await province.PostAsync(path, new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Token().Match(listed).Groups[1].Value), new("_handler", $"unwaive-{task:N}-{benQuan:N}"),
        ]));
        var afterUndo = await province.GetStringAsync(path);

        Assert.Contains($"<option value=\"{task}\" selected", proposed, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{benQuan}\" selected", proposed, StringComparison.Ordinal);
        Assert.True(posted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, posted.StatusCode.ToString());
        Assert.Contains("id=\"waivers\"", listed, StringComparison.Ordinal);
        Assert.Contains(Reason, listed, StringComparison.Ordinal);
        Assert.Contains("Bỏ ghi nhận", listed, StringComparison.Ordinal);
        Assert.Contains(Reason, leaderView, StringComparison.Ordinal);
        Assert.DoesNotContain("Bỏ ghi nhận", leaderView, StringComparison.Ordinal);
        Assert.DoesNotContain("waive-submit", leaderView, StringComparison.Ordinal);
        Assert.True(undone.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, undone.StatusCode.ToString());
        Assert.DoesNotContain(Reason, afterUndo, StringComparison.Ordinal);
        Assert.Contains("waivers-none", afterUndo, StringComparison.Ordinal);
    }

    private async Task<(Guid Plan, Guid Task)> PlanAndTaskAsync(string reference)
    {
        var province = await demo.UnitAsync("QT");
        await using var scope = demo.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var found = await db.PlanTasks.Where(t => t.Ref == reference && db.Plans.Any(p => p.Id == t.PlanId && p.GovernmentId == province))
            .Select(t => new { t.PlanId, t.Id }).SingleAsync();
        return (found.PlanId, found.Id);
    }

    private static async Task<JsonElement> CellAsync(HttpClient client, Guid plan, Guid task, Guid government)
    {
        var coverage = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/coverage");
        return coverage.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == task)
            .GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("governmentId").GetGuid() == government);
    }
}
