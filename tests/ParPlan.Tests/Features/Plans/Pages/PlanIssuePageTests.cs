using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Demo;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Features.Plans.Pages;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Plans.Pages;

/// <summary>"Ban hành" is a confirmation step that lists what is still open, and issuing tells each unit given tasks.</summary>
public sealed class PlanIssuePageTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    private async Task<(HttpClient Client, Guid PlanId)> DraftAsync()
    {
        var client = await demo.App.LoginAsync("thuongtruc.vinhlinh", DemoUsers.Password);
        var reviewUrl = await PlanPageForms.UploadAsync(client);
        var confirmed = await PlanPageForms.PostAsync(client, reviewUrl, "confirm");
        var location = PlanPageForms.Local(confirmed);
        return (client, Guid.Parse(location.Split('/')[2]));
    }

    [Fact]
    public async Task The_issue_step_lists_waiting_tasks_and_prefills_today_and_the_plan_page_only_links_to_it()
    {
        var (client, planId) = await DraftAsync();
        using var _ = client;

        var step = await client.GetStringAsync(PlanIssuePage.PathOf(planId));
        var plan = await client.GetStringAsync($"/ke-hoach/{planId}");

        Assert.Contains($"href=\"/ke-hoach/{planId}/ban-hanh\"", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Issue.Number\"", plan, StringComparison.Ordinal);
        Assert.Contains("Những điểm còn để ngỏ", step, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ 1.2: chờ sự kiện", step, StringComparison.Ordinal);
        Assert.Equal(DateText.Format(VietnamTime.Today(demo.App.Time)), PlanPageForms.InputValue(step, "Issue.IssuedOn"));
        Assert.Contains("Đã tạo dự thảo kế hoạch.", step, StringComparison.Ordinal); // the flash of the confirmed import
    }

    [Fact]
    public async Task Confirming_issues_the_plan_without_a_message_in_the_address_and_notifies_each_unit_given_tasks_once()
    {
        var (client, planId) = await DraftAsync();
        using var _ = client;
        var step = PlanIssuePage.PathOf(planId);
        var page = await client.GetStringAsync(step);

        var issued = await PlanPageForms.PostAsync(client, step, "issue", ("Issue.Number", "12/KH-UBND"),
            ("Issue.IssuedOn", PlanPageForms.InputValue(page, "Issue.IssuedOn")!), ("Issue.Version", PlanPageForms.InputValue(page, "Issue.Version")!));

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Equal($"/ke-hoach/{planId}", PlanPageForms.Local(issued));
        var after = await client.GetStringAsync($"/ke-hoach/{planId}");
        Assert.Contains("Đã ban hành kế hoạch.", after, StringComparison.Ordinal);
        await using var scope = demo.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var assigned = await db.TaskAssignments.Where(a => db.PlanTasks.Any(t => t.Id == a.TaskId && t.PlanId == planId)).Select(a => a.UnitId).Distinct().ToListAsync();
        var prefix = $"plan:{planId:N}:";
        var notices = await db.Set<Notification>().Where(n => n.DedupKey.StartsWith(prefix)).ToListAsync();
        Assert.NotEmpty(assigned);
        Assert.Equal(assigned.Order(), notices.Select(n => n.UnitId).Order());
        var culture = await demo.UnitAsync("QT.XA.VINHLINH.VHXH");
        var notice = Assert.Single(notices, n => n.UnitId == culture);
        Assert.Contains("12/KH-UBND", notice.Text, StringComparison.Ordinal);
        Assert.Contains("chủ trì", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issuing_without_a_number_is_refused_with_the_one_wording_of_the_rule_on_the_page_and_in_the_API()
    {
        var (client, planId) = await DraftAsync();
        using var owner = client;
        var step = PlanIssuePage.PathOf(planId);

        var page = await PlanPageForms.PostAsync(client, step, "issue", ("Issue.Number", ""), ("Issue.IssuedOn", "10/01/2026"));
        var api = await client.PostAsJsonAsync($"/api/plans/{planId}/issue", new { number = "", issuedOn = "2026-01-10" });

        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        var expected = PlanIssueRule.Message(PlanIssueRule.Missing("", new DateOnly(2026, 1, 10)));
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(expected, problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("number", out _));
    }
}
