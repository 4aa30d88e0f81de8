using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Plans;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Reports;

/// <summary>Helpers for the report API tests on a <see cref="RunPlanScenario"/>: the current year's Q3 of the province
/// (Bộ Nội vụ regime, window 15/6–14/9) and the communes' report of the third quarter (commune regime, 9 tháng, window
/// 15/12–11/9), the commune's own standing officer, and JSON shortcuts.</summary>
public static class ReportApi
{
    public const string CommuneStanding = "thuongtruc.xa.a";
    public const string Appraiser = "thamdinh.tinh";

    public static string Q3(RunPlanScenario s) => $"{s.Today.Year}-Q3";

    /// <summary>A commune's third-quarter report: the commune regime's "9 tháng đầu năm" (communes do not report under
    /// the province's Bộ Nội vụ regime).</summary>
    public static string CommuneQ3(RunPlanScenario s) => $"{s.Today.Year}-9M";

    public static async Task AddUsersAsync(RunPlanScenario s)
    {
        await s.App.AddUserAsync(CommuneStanding, Roles.StandingOfficer, s.CommuneA);
        await s.App.AddUserAsync(Appraiser, Roles.Appraiser, s.Province);
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task<Guid> StartAsync(HttpClient client, Guid unitId, string period)
    {
        var response = await client.PostAsJsonAsync("/api/reports", new { unitId, period });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/reports/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json(response);
    }

    public static async Task<long> VersionAsync(HttpClient client, Guid id) => (await GetAsync(client, id)).GetProperty("version").GetInt64();

    public static async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid id, string step, string? reason = null, long? version = null) =>
        await client.PostAsJsonAsync($"/api/reports/{id}/{step}", new { version = version ?? await VersionAsync(client, id), reason });

    /// <summary>Moves a task's deadline into the Q3 window, so it is overdue at the window's end unless done by then.</summary>
    public static async Task DueInQ3Async(RunPlanScenario s, Guid taskId)
    {
        await using var scope = s.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var task = await db.PlanTasks.FirstAsync(t => t.Id == taskId);
        task.DueDate = new DateOnly(s.Today.Year, 8, 1);
        await db.SaveChangesAsync();
    }

    /// <summary>Closes a task as done on 01/08 of the year (inside the Q3 window), directly in the store.</summary>
    public static async Task MarkDoneInQ3Async(RunPlanScenario s, Guid taskId)
    {
        await using var scope = s.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var task = await db.PlanTasks.FirstAsync(t => t.Id == taskId);
        task.Status = PlanTaskStatus.Done;
        task.Percent = 100;
        task.ClosedAt = new DateTimeOffset(s.Today.Year, 7, 20, 3, 0, 0, TimeSpan.Zero);
        await db.SaveChangesAsync();
    }
}
