using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.FollowUp;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.FollowUp;

public sealed class FollowUpTests
{
    private static Dictionary<string, string?> NoJob() => new() { ["FollowUp:Enabled"] = "false" };

    private static async Task<int> RunRemindersAsync(ParPlanFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunOnceAsync();
    }

    [Fact]
    public async Task The_overdue_list_changes_when_the_clock_passes_a_deadline()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.Standing);

        var before = JsonDocument.Parse(await client.GetStringAsync("/api/follow-up")).RootElement;
        app.Time.Advance(TimeSpan.FromDays(3));
        using var nextDay = await app.LoginAsync(RunPlanScenario.Standing); // the 8-hour cookie has expired
        var after = JsonDocument.Parse(await nextDay.GetStringAsync("/api/follow-up")).RootElement;

        Assert.Empty(before.GetProperty("overdue").EnumerateArray());
        Assert.Contains(before.GetProperty("dueIn3").EnumerateArray(), t => t.GetProperty("id").GetGuid() == s.TaskShared);
        Assert.Contains(before.GetProperty("dueIn7").EnumerateArray(), t => t.GetProperty("id").GetGuid() == s.TaskA);
        var overdue = after.GetProperty("overdue").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([s.TaskShared], overdue);
    }

    [Fact]
    public async Task A_unit_officer_cannot_open_the_standing_officers_follow_up_lists()
    {
        await using var app = new ParPlanFactory(NoJob());
        await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);

        var response = await client.GetAsync("/api/follow-up");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reminders_go_to_lead_and_support_units_once_per_threshold_and_overdue_tasks_escalate_to_the_standing_agency()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);

        var first = await RunRemindersAsync(app);
        var again = await RunRemindersAsync(app);
        app.Time.Advance(TimeSpan.FromDays(3));
        var later = await RunRemindersAsync(app);

        // Day 0: the shared task (2 days left) reminds its lead agency and support commune A; task A (5 days) reminds A.
        Assert.Equal(3, first);
        Assert.Equal(0, again);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var escalations = await db.Set<Notification>().Where(n => n.DedupKey.EndsWith(":escalate")).ToListAsync();
        var escalation = Assert.Single(escalations);
        Assert.Equal(s.Agency, escalation.UnitId);
        Assert.Contains("quá hạn", escalation.Text, StringComparison.Ordinal);
        Assert.True(later >= 3);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/notifications");
        Assert.Contains(mine.EnumerateArray(), n => n.GetProperty("text").GetString()!.Contains("Số hoá hồ sơ một cửa", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_email_enabled_the_smtp_sink_receives_the_reminder()
    {
        await using var sink = new SmtpSink();
        var settings = NoJob();
        settings["Email:Enabled"] = "true";
        settings["Email:Host"] = "127.0.0.1";
        settings["Email:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Email:From"] = "parplan@example.gov.vn";
        await using var app = new ParPlanFactory(settings);
        await RunPlanScenario.CreateAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var officer = await users.FindByNameAsync(RunPlanScenario.OfficerA);
            await users.SetEmailAsync(officer!, "xa.a@example.gov.vn");
        }

        await RunRemindersAsync(app);

        Assert.NotEmpty(sink.Messages);
        var message = sink.Messages.First(m => m.To.Contains("<xa.a@example.gov.vn>"));
        Assert.Equal("<parplan@example.gov.vn>", message.From);
        Assert.Contains("Subject:", message.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void Enabled_email_without_a_host_fails_validation_with_a_clear_message()
    {
        var result = new EmailOptionsValidator().Validate(null, new EmailOptions { Enabled = true, From = "x@example.gov.vn" });

        Assert.True(result.Failed);
        Assert.Contains("Email:Host", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new EmailOptionsValidator().Validate(null, new EmailOptions()).Succeeded);
    }

    [Fact]
    public async Task The_units_calendar_feed_parses_as_icalendar_with_one_event_per_deadline_and_rejects_a_forged_token()
    {
        await using var app = new ParPlanFactory(NoJob());
        var s = await RunPlanScenario.CreateAsync(app);
        using var client = await app.LoginAsync(RunPlanScenario.OfficerA);
        var link = (await client.GetFromJsonAsync<JsonElement>("/api/calendar/link")).GetProperty("url").GetString()!;
        using var anonymous = app.CreateBrowserlessClient();

        var response = await anonymous.GetAsync(new Uri(link).PathAndQuery);
        var forged = await anonymous.GetAsync("/lich/khongphaitoken.ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        var lines = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal(2, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Contains("DTSTART;VALUE=DATE:" + s.Today.AddDays(5).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), lines);
        Assert.Contains(lines, l => l.StartsWith("SUMMARY:[Phối hợp] 2.1. Số hoá hồ sơ một cửa", StringComparison.Ordinal));
        Assert.All(ics.Split("\r\n"), l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, forged.StatusCode);
    }
}
