using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.FollowUp;
using ParPlan.Hosting;
using ParPlan.Infrastructure;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.FollowUp.Escalation;

/// <summary>Leader escalation thresholds per tier of government, on a plan of commune B (due today) that the commune's
/// leader, the province's leader and a leader of a province department all cover.</summary>
public sealed class EscalationTiersTests
{
    private const string CommuneLeader = "lanhdao.xa.b";
    private const string DepartmentLeader = "lanhdao.snv";

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] followUp)
    {
        var settings = new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" };
        foreach (var (key, value) in followUp)
        {
            settings["FollowUp:" + key] = value;
        }

        return settings;
    }

    private static async Task<(RunPlanScenario Scenario, Guid Task)> ArrangeAsync(ParPlanFactory app)
    {
        var s = await RunPlanScenario.CreateAsync(app);
        await app.AddUserAsync(CommuneLeader, Roles.Leader, s.CommuneB);
        await app.AddUserAsync(DepartmentLeader, Roles.Leader, s.Agency);
        var task = await s.AddPlanWithTaskAsync(s.CommuneB, "Kế hoạch Cải cách hành chính xã Bình Minh", s.Today);
        return (s, task);
    }

    /// <summary>Runs the reminders after moving the clock to <paramref name="overdueDays"/> past today's deadline, and
    /// returns the user names of the leaders holding an escalation notice of <paramref name="task"/>, in order.</summary>
    private static async Task<List<string>> LeadersNotifiedAtAsync(ParPlanFactory app, RunPlanScenario s, Guid task, int overdueDays)
    {
        app.Time.Advance(TimeSpan.FromDays(overdueDays - (VietnamTime.Today(app.Time).DayNumber - s.Today.DayNumber)));
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunOnceAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var prefix = $"{task:N}:";
        var users = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.DedupKey.StartsWith(prefix) && n.DedupKey.EndsWith(":leader")).Select(n => n.UserId).ToListAsync();
        var names = new List<string>();
        foreach (var id in users)
        {
            names.Add((await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id!))!.UserName!);
        }

        return [.. names.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task A_communes_leader_hears_after_the_commune_threshold_and_the_provinces_leaders_only_after_theirs()
    {
        await using var app = new ParPlanFactory(Settings(("LeaderEscalationDaysByLevel:Commune", "3"), ("LeaderEscalationDaysByLevel:Province", "10")));
        var (s, task) = await ArrangeAsync(app);

        var atThree = await LeadersNotifiedAtAsync(app, s, task, 3);
        var atFour = await LeadersNotifiedAtAsync(app, s, task, 4);
        var atTen = await LeadersNotifiedAtAsync(app, s, task, 10);
        var atEleven = await LeadersNotifiedAtAsync(app, s, task, 11);
        var atTwelve = await LeadersNotifiedAtAsync(app, s, task, 12);

        Assert.Empty(atThree);
        Assert.Equal([CommuneLeader], atFour);
        Assert.Equal([CommuneLeader], atTen);
        Assert.Equal([DepartmentLeader, RunPlanScenario.Leader, CommuneLeader], atEleven);
        Assert.Equal(atEleven, atTwelve); // still once per leader, task and deadline
        await using var scope = app.Services.CreateAsyncScope();
        var texts = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Notification>().AsNoTracking()
            .Where(n => n.DedupKey.StartsWith($"{task:N}:") && n.DedupKey.EndsWith(":leader")).Select(n => n.Text).ToListAsync();
        Assert.Single(texts, t => t.Contains("quá hạn 4 ngày", StringComparison.Ordinal));
        Assert.Equal(2, texts.Count(t => t.Contains("quá hạn 11 ngày", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_tier_left_out_of_the_map_keeps_the_single_threshold()
    {
        await using var app = new ParPlanFactory(Settings(("LeaderEscalationDays", "5"), ("LeaderEscalationDaysByLevel:Province", "2")));
        var (s, task) = await ArrangeAsync(app);

        var atThree = await LeadersNotifiedAtAsync(app, s, task, 3);
        var atSix = await LeadersNotifiedAtAsync(app, s, task, 6);

        Assert.Equal([DepartmentLeader, RunPlanScenario.Leader], atThree);
        Assert.Equal([DepartmentLeader, RunPlanScenario.Leader, CommuneLeader], atSix);
    }

    [Fact]
    public async Task Without_the_map_every_tier_hears_after_the_single_threshold()
    {
        await using var app = new ParPlanFactory(Settings(("LeaderEscalationDays", "3")));
        var (s, task) = await ArrangeAsync(app);

        var atThree = await LeadersNotifiedAtAsync(app, s, task, 3);
        var atFour = await LeadersNotifiedAtAsync(app, s, task, 4);

        Assert.Empty(atThree);
        Assert.Equal([DepartmentLeader, RunPlanScenario.Leader, CommuneLeader], atFour);
    }

    [Fact]
    public async Task An_unknown_level_or_a_tier_threshold_outside_1_to_365_stops_the_start_naming_the_key()
    {
        var data = Path.Combine(Path.GetTempPath(), "parplan-test-" + Guid.NewGuid().ToString("N"));
        await using var app = WebHost.CreateBuilder(["--urls", "http://127.0.0.1:0", "--data", data, "--FollowUp:Enabled=false",
            "--FollowUp:LeaderEscalationDaysByLevel:Xa=5", "--FollowUp:LeaderEscalationDaysByLevel:Province=400",
            "--FollowUp:LeaderEscalationDaysByLevel:Commune=3"]).Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        using var error = new StringWriter();
        var code = StartupChecks.Report(ex, error); // what the web host prints before it exits

        Assert.Equal(2, code);
        var text = error.ToString();
        Assert.Contains("FollowUp:LeaderEscalationDaysByLevel:Xa không phải cấp chính quyền; dùng một trong các tên Province, District, Commune", text, StringComparison.Ordinal);
        Assert.Contains("FollowUp:LeaderEscalationDaysByLevel:Province phải từ 1 đến 365", text, StringComparison.Ordinal);
        Assert.DoesNotContain("LeaderEscalationDaysByLevel:Commune", text, StringComparison.Ordinal);
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
