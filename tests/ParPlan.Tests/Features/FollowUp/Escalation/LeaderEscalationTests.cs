using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.FollowUp;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.FollowUp.Escalation;

public sealed class LeaderEscalationTests
{
    private const string CommuneLeader = "lanhdao.xa.b";

    private static Dictionary<string, string?> NoJob() => new() { ["FollowUp:Enabled"] = "false" };

    private static async Task<int> RunRemindersAsync(ParPlanFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunOnceAsync();
    }

    private static async Task<List<Notification>> LeaderNoticesAsync(ParPlanFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Notification>().AsNoTracking()
            .Where(n => n.DedupKey.EndsWith(":leader")).ToListAsync();
    }

    private static async Task<string> UserIdAsync(ParPlanFactory app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id;
    }

    [Fact]
    public async Task A_task_overdue_past_the_threshold_reaches_the_leaders_covering_the_plan_once_and_not_a_day_earlier()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        await app.AddUserAsync(CommuneLeader, Roles.Leader, s.CommuneB);

        app.Time.Advance(TimeSpan.FromDays(9)); // the shared task (due in 2 days) is 7 days overdue: not more than 7
        await RunRemindersAsync(app);
        var atThreshold = await LeaderNoticesAsync(app);
        app.Time.Advance(TimeSpan.FromDays(1));
        await RunRemindersAsync(app);
        var again = await RunRemindersAsync(app);
        var past = await LeaderNoticesAsync(app);

        Assert.Empty(atThreshold);
        Assert.Equal(0, again);
        var notice = Assert.Single(past);
        Assert.Equal(await UserIdAsync(app, RunPlanScenario.Leader), notice.UserId);
        Assert.Equal(s.Province, notice.UnitId);
        Assert.Contains("quá hạn 8 ngày", notice.Text, StringComparison.Ordinal);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        using var communeLeader = await app.LoginAsync(CommuneLeader);
        using var standing = await app.LoginAsync(RunPlanScenario.Standing);
        Assert.Contains((await leader.GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray(),
            n => n.GetProperty("text").GetString()!.StartsWith("Báo cáo lãnh đạo", StringComparison.Ordinal));
        Assert.DoesNotContain((await communeLeader.GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray(),
            n => n.GetProperty("text").GetString()!.StartsWith("Báo cáo lãnh đạo", StringComparison.Ordinal));
        Assert.DoesNotContain((await standing.GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray(),
            n => n.GetProperty("text").GetString()!.StartsWith("Báo cáo lãnh đạo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_threshold_is_configurable_and_a_leaders_escalation_is_mailed_to_that_leader_only()
    {
        await using var sink = new SmtpSink();
        var settings = NoJob();
        settings["FollowUp:LeaderEscalationDays"] = "2";
        settings["Email:Enabled"] = "true";
        settings["Email:Host"] = "127.0.0.1";
        settings["Email:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Email:From"] = "parplan@example.gov.vn";
        await using var app = new ParPlanFactory(settings);
        var s = await RunPlanScenario.CreateAsync(app);
        await app.AddUserAsync("vanthu.tinh", Roles.UnitOfficer, s.Province);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetEmailAsync((await users.FindByNameAsync(RunPlanScenario.Leader))!, "lanhdao@example.gov.vn");
            await users.SetEmailAsync((await users.FindByNameAsync("vanthu.tinh"))!, "vanthu@example.gov.vn");
        }

        app.Time.Advance(TimeSpan.FromDays(5)); // the shared task is 3 days overdue
        await RunRemindersAsync(app);

        Assert.Single(await LeaderNoticesAsync(app));
        Assert.Contains(sink.Messages, m => m.To.Contains("<lanhdao@example.gov.vn>"));
        Assert.DoesNotContain(sink.Messages, m => m.To.Contains("<vanthu@example.gov.vn>"));
    }

    [Fact]
    public void A_leader_escalation_threshold_outside_1_to_365_days_fails_validation_with_a_clear_message()
    {
        static FollowUpOptions Resolve(string days)
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection([new("FollowUp:LeaderEscalationDays", days)]).Build();
            using var services = new ServiceCollection().AddFollowUp(config).BuildServiceProvider();
            return services.GetRequiredService<IOptions<FollowUpOptions>>().Value;
        }

        var ex = Assert.Throws<OptionsValidationException>(() => Resolve("0"));

        Assert.Contains("FollowUp:LeaderEscalationDays", ex.Message, StringComparison.Ordinal);
        Assert.Equal(14, Resolve("14").LeaderEscalationDays);
        Assert.Equal(7, new FollowUpOptions().LeaderEscalationDays);
    }

    [Fact]
    public async Task The_background_job_runs_when_the_fake_clock_advances_past_its_interval()
    {
        await using var app = new ParPlanFactory(new() { ["FollowUp:Enabled"] = "true", ["FollowUp:IntervalMinutes"] = "60" });
        await RunPlanScenario.CreateAsync(app);
        var before = await LeaderNoticesAsync(app);

        app.Time.Advance(TimeSpan.FromDays(10));
        var after = await LeaderNoticesAsync(app);
        for (var i = 0; i < 100 && after.Count == 0; i++)
        {
            await Task.Delay(100);
            after = await LeaderNoticesAsync(app);
        }

        Assert.Empty(before);
        Assert.Single(after);
    }
}
