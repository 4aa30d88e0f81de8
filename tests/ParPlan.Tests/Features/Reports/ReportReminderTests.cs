using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Reports.Regimes;
using ParPlan.Tests.Features.Tasks;
using static ParPlan.Tests.Features.Reports.ReportApi;

namespace ParPlan.Tests.Features.Reports;

/// <summary>The follow-up job chases reports on the fake clock: 7, 3 and 1 days before the due date, then overdue notices,
/// an escalation to the receiving standing agency and, later, to the leaders; a submitted report is not chased.</summary>
public sealed class ReportReminderTests
{
    [Fact]
    public async Task Units_are_reminded_7_3_and_1_days_before_the_due_date_and_an_unsent_report_escalates_once_overdue()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false", ["Reports:Reminders"] = "true" });
        var s = await RunPlanScenario.CreateAsync(app);
        var year = s.Today.Year + 1;
        var q1 = $"{year}-Q1";
        var communes = new[] { s.CommuneA, s.CommuneB }.Order().ToList();

        // The communes' Quý I is due before 12/03 (commune regime); the province's and its agency's no later than 20/03 (Bộ Nội vụ).
        var at4 = await RunAtAsync(app, new DateOnly(year, 3, 4));
        var at8 = await RunAtAsync(app, new DateOnly(year, 3, 8));
        var at10 = await RunAtAsync(app, new DateOnly(year, 3, 10));
        using (var officer = await app.LoginAsync(RunPlanScenario.OfficerA))
        {
            var id = await StartAsync(officer, s.CommuneA, q1);
            Assert.Equal(HttpStatusCode.OK, (await StepAsync(officer, id, "submit")).StatusCode);
        }

        var at12 = await RunAtAsync(app, new DateOnly(year, 3, 12));
        var at13 = await RunAtAsync(app, new DateOnly(year, 3, 13));
        var at14 = await RunAtAsync(app, new DateOnly(year, 3, 14));
        var at19 = await RunAtAsync(app, new DateOnly(year, 3, 19));
        var at21 = await RunAtAsync(app, new DateOnly(year, 3, 21));

        Assert.Equal(communes, at4.Where(n => n.DedupKey.EndsWith($":xa-d3:{q1}:7", StringComparison.Ordinal)).Select(n => n.UnitId).Order());
        var commune = Assert.Single(at4, n => n.UnitId == s.CommuneA);
        Assert.Contains("Quý I/" + year, commune.Text, StringComparison.Ordinal);
        Assert.Contains($"11/03/{year}", commune.Text, StringComparison.Ordinal);
        Assert.Contains("còn 7 ngày", commune.Text, StringComparison.Ordinal);
        Assert.Equal(communes, at8.Where(n => n.DedupKey.EndsWith(":3", StringComparison.Ordinal)).Select(n => n.UnitId).Order());
        Assert.Equal(communes, at10.Where(n => n.DedupKey.EndsWith(":1", StringComparison.Ordinal)).Select(n => n.UnitId).Order());
        Assert.DoesNotContain(at12, n => n.DedupKey.Contains(s.CommuneA.ToString("N"), StringComparison.Ordinal));
        Assert.Equal([s.CommuneB], at12.Where(n => n.DedupKey.EndsWith(":overdue", StringComparison.Ordinal)).Select(n => n.UnitId));
        var escalation = at12.Single(n => n.DedupKey.EndsWith(":escalate", StringComparison.Ordinal) && n.Text.Contains("Bình Minh", StringComparison.Ordinal));
        Assert.Equal(s.Agency, escalation.UnitId);
        Assert.Contains("quá hạn từ 11/03/" + year, escalation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(at12, n => n.UserId is not null);

        Assert.Equal(new[] { s.Province, s.Agency }.Order(), at13.Where(n => n.DedupKey.EndsWith($":bnv-581:{q1}:7", StringComparison.Ordinal)).Select(n => n.UnitId).Order());
        Assert.Empty(at14);
        Assert.Contains(at19, n => n.UserId is not null && n.DedupKey.Contains(":leader:", StringComparison.Ordinal) && n.Text.Contains("Bình Minh", StringComparison.Ordinal));
        Assert.DoesNotContain(at19, n => n.DedupKey.EndsWith(":overdue", StringComparison.Ordinal));
        Assert.Equal(new[] { s.Province, s.Agency }.Order(), at21.Where(n => n.DedupKey.EndsWith(":overdue", StringComparison.Ordinal)).Select(n => n.UnitId).Order());
    }

    [Fact]
    public async Task A_commune_is_chased_for_its_commune_regime_reports_and_never_for_the_province_s_regime()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false", ["Reports:Reminders"] = "true" });
        var s = await RunPlanScenario.CreateAsync(app);
        var year = s.Today.Year + 1;

        var notices = new List<Notification>();
        foreach (var day in new[] { new DateOnly(year, 3, 4), new DateOnly(year, 3, 13), new DateOnly(year, 3, 25), new DateOnly(year, 9, 4), new DateOnly(year, 9, 13), new DateOnly(year, 9, 25) })
        {
            notices.AddRange(await RunAtAsync(app, day));
        }

        var mine = notices.Where(n => n.DedupKey.StartsWith($"report:{s.CommuneA:N}:", StringComparison.Ordinal)).ToList();
        Assert.Contains(mine, n => n.DedupKey == $"report:{s.CommuneA:N}:xa-d3:{year}-Q1:7");
        Assert.Contains(mine, n => n.DedupKey == $"report:{s.CommuneA:N}:xa-d3:{year}-9M:7" && n.Text.Contains($"9 tháng đầu năm {year}", StringComparison.Ordinal));
        Assert.Contains(mine, n => n.DedupKey == $"report:{s.CommuneA:N}:xa-d3:{year}-9M:overdue");
        Assert.DoesNotContain(mine, n => n.DedupKey.Contains("bnv-581", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.DedupKey == $"report:{s.Province:N}:bnv-581:{year}-Q3:7");
        Assert.DoesNotContain(notices, n => n.DedupKey.StartsWith($"report:{s.Province:N}:xa-d3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_ad_hoc_report_is_reminded_to_the_province_its_agency_and_its_communes_and_escalates_once_overdue()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false", ["Reports:Reminders"] = "true" });
        var s = await RunPlanScenario.CreateAsync(app);
        var year = s.Today.Year + 1;
        var code = $"{year}-DX01";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new AdHocReportRequest
            {
                GovernmentId = s.Province, Code = code, Subject = "tình hình giải quyết hồ sơ đất đai", WindowFrom = new DateOnly(year, 4, 1),
                WindowTo = new DateOnly(year, 4, 30), DueOn = new DateOnly(year, 5, 8), ReceivingBody = "Ủy ban nhân dân tỉnh", CreatedAt = app.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        var at5 = await RunAtAsync(app, new DateOnly(year, 5, 5));
        var at9 = await RunAtAsync(app, new DateOnly(year, 5, 9));

        var reminded = at5.Where(n => n.DedupKey.EndsWith($":dot-xuat:{code}:3", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { s.Province, s.Agency, s.CommuneA, s.CommuneB }.Order(), reminded.Select(n => n.UnitId).Order());
        Assert.Contains("08/05/" + year, reminded.First(n => n.UnitId == s.CommuneA).Text, StringComparison.Ordinal);
        Assert.Contains("đất đai", reminded.First(n => n.UnitId == s.CommuneA).Text, StringComparison.Ordinal);
        var overdue = at9.Where(n => n.DedupKey.Contains($":dot-xuat:{code}:overdue", StringComparison.Ordinal)).Select(n => n.UnitId).Order();
        Assert.Equal(new[] { s.Province, s.Agency, s.CommuneA, s.CommuneB }.Order(), overdue);
        Assert.Contains(at9, n => n.DedupKey.EndsWith(":escalate", StringComparison.Ordinal) && n.DedupKey.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_reminders_can_be_turned_off()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false", ["Reports:Reminders"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);

        var notices = await RunAtAsync(app, new DateOnly(s.Today.Year + 1, 3, 13));

        Assert.Empty(notices);
    }

    /// <summary>Moves the fake clock to 09:00 in Vietnam on <paramref name="day"/>, runs the follow-up job once and
    /// returns the report notifications it created.</summary>
    private static async Task<List<Notification>> RunAtAsync(ParPlanFactory app, DateOnly day)
    {
        app.Time.SetUtcNow(new DateTimeOffset(day.Year, day.Month, day.Day, 2, 0, 0, TimeSpan.Zero));
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunOnceAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = app.Time.GetUtcNow();
        return (await db.Set<Notification>().AsNoTracking().Where(n => n.DedupKey.StartsWith("report:")).ToListAsync())
            .Where(n => n.CreatedAt == now).ToList();
    }
}
