using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParPlan.Features.Demo;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Plans.Pages;

/// <summary>The plan page: task rows lead to the task page, a task is edited from its row with the version hidden, and
/// a stale edit says who changed what.</summary>
public sealed partial class PlanDetailPageTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    private async Task<(HttpClient Client, Guid PlanId, JsonElement Task)> DraftAsync()
    {
        var client = await demo.App.LoginAsync("thuongtruc.vinhlinh", DemoUsers.Password);
        var response = await client.PostAsync("/api/plans/import",
            PlanApiTests.Upload(await File.ReadAllBytesAsync(PlanApiTests.SeedPath("002_82c4b63d1339515c")), "d2.txt", null));
        var planId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        var plan = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}");
        return (client, planId, plan.GetProperty("tasks")[0]);
    }

    [Fact]
    public async Task Task_rows_link_to_the_task_page_and_no_version_number_is_asked_for()
    {
        var (client, planId, task) = await DraftAsync();
        using var _ = client;

        var page = await client.GetStringAsync($"/ke-hoach/{planId}");
        var editing = await client.GetStringAsync($"/ke-hoach/{planId}?sua={task.GetProperty("id").GetGuid()}");

        Assert.Contains($"href=\"/nhiem-vu/{task.GetProperty("id").GetGuid()}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Phiên bản", page + editing, StringComparison.Ordinal);
        Assert.DoesNotContain("→", Regex.Replace(page, "<[^>]+>", ""), StringComparison.Ordinal);
        Assert.Equal(task.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            PlanPageForms.InputValue(editing, "TaskEdit.Version"));
        Assert.Equal(task.GetProperty("title").GetString(), PlanPageForms.InputValue(editing, "TaskEdit.Title"));
    }

    [Fact]
    public async Task A_province_plan_read_from_a_commune_links_only_the_tasks_given_to_the_commune_and_each_of_them_opens()
    {
        using var province = await demo.App.LoginAsync("thuongtruc.tinh", DemoUsers.Password);
        using var commune = await demo.App.LoginAsync("thuongtruc.vinhlinh", DemoUsers.Password);
        var plans = await province.GetFromJsonAsync<JsonElement>("/api/plans");
        var issued = plans.EnumerateArray().First(p => p.GetProperty("status").GetString() == "issued").GetProperty("id").GetGuid();
        var rows = (await province.GetFromJsonAsync<JsonElement>($"/api/plans/{issued}")).GetProperty("tasks").GetArrayLength();

        var fromAbove = TaskLinks().Matches(await province.GetStringAsync($"/ke-hoach/{issued}")).Select(m => m.Groups[1].Value).Distinct().ToList();
        var fromBelow = TaskLinks().Matches(await commune.GetStringAsync($"/ke-hoach/{issued}")).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Equal(rows, fromAbove.Count);
        Assert.InRange(fromBelow.Count, 1, rows - 1); // the demo plan gives xã Vĩnh Linh some of its tasks, not all
        foreach (var id in fromBelow)
        {
            Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync($"/nhiem-vu/{id}")).StatusCode);
        }

        var notGiven = fromAbove.Except(fromBelow).First();
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/nhiem-vu/{notGiven}")).StatusCode);
    }

    [GeneratedRegex("href=\"/nhiem-vu/([0-9a-f-]{36})\" class=\"pp-task-link\"")]
    private static partial Regex TaskLinks();

    [Fact]
    public async Task A_stale_task_edit_shows_who_changed_what_and_keeps_the_typed_text()
    {
        var (client, planId, task) = await DraftAsync();
        using var _ = client;
        var id = task.GetProperty("id").GetGuid();
        var url = $"/ke-hoach/{planId}?sua={id}";
        var opened = await client.GetStringAsync(url);
        var staleVersion = PlanPageForms.InputValue(opened, "TaskEdit.Version")!;

        var first = await PlanPageForms.PostAsync(client, url, "task", ("TaskEdit.TaskId", id.ToString()), ("TaskEdit.Version", staleVersion),
            ("TaskEdit.Title", "Nội dung do người thứ nhất sửa"));
        var second = await PlanPageForms.PostAsync(client, url, "task", ("TaskEdit.TaskId", id.ToString()), ("TaskEdit.Version", staleVersion),
            ("TaskEdit.Title", "Nội dung do người thứ hai gõ"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"/ke-hoach/{planId}#t-{task.GetProperty("ref").GetString()}", PlanPageForms.Local(first));
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Contains("id=\"task-conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("thuongtruc.vinhlinh", html, StringComparison.Ordinal);
        Assert.Contains("nội dung «Nội dung do người thứ nhất sửa»", html, StringComparison.Ordinal);
        Assert.Equal("Nội dung do người thứ hai gõ", PlanPageForms.InputValue(html, "TaskEdit.Title"));
        Assert.NotEqual(staleVersion, PlanPageForms.InputValue(html, "TaskEdit.Version"));
    }

    [Fact]
    public async Task A_message_in_the_address_is_not_shown_on_the_plan_page()
    {
        var (client, planId, _) = await DraftAsync();
        using var __ = client;

        var page = await client.GetStringAsync($"/ke-hoach/{planId}?tb={Uri.EscapeDataString("Hãy gọi số 0900000000")}");

        Assert.DoesNotContain("Hãy gọi số", page, StringComparison.Ordinal);
    }
}
