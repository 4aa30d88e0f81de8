using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Indicators;
using ParPlan.Features.Plans;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;
using PlanTarget = ParPlan.Features.Plans.PlanTarget;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>Plan targets linked to catalogue indicators through <c>/api/plans/{id}/indicator-links</c> and the plan page.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed partial class PlanTargetLinkApiTests : IAsyncLifetime
{
    private const string OnTimeText = "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt trên 70%";
    private readonly ParPlanFactory app = new(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
    private RunPlanScenario s = default!;

    public async Task InitializeAsync() => s = await RunPlanScenario.CreateAsync(app);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task A_standing_officer_sees_the_suggestion_then_confirms_an_indicator_or_marks_none_and_each_change_is_audited()
    {
        var onTime = await AddTargetAsync(s.PlanId, OnTimeText, 70);
        var other = await AddTargetAsync(s.PlanId, "Tổ chức 2 hội nghị tập huấn về cải cách hành chính", 2, unit: "hội nghị");
        using var client = await app.LoginAsync(RunPlanScenario.Standing);

        var before = await client.GetFromJsonAsync<JsonElement[]>(Links(s.PlanId));
        var version = Assert.Single(before!, t => t.GetProperty("targetId").GetGuid() == onTime).GetProperty("version").GetInt64();
        var confirmed = await client.PutAsJsonAsync($"{Links(s.PlanId)}/{onTime}", new { indicatorCode = IndicatorCodes.OnTimeRate, version });
        var none = await client.PutAsJsonAsync($"{Links(s.PlanId)}/{other}", new { noIndicator = true });
        var after = await client.GetFromJsonAsync<JsonElement[]>(Links(s.PlanId));

        var first = Assert.Single(before!, t => t.GetProperty("targetId").GetGuid() == onTime);
        Assert.Equal("unreviewed", first.GetProperty("status").GetString());
        Assert.Equal(IndicatorCodes.OnTimeRate, first.GetProperty("suggestedCode").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("indicatorCode").ValueKind);
        Assert.Contains(first.GetProperty("choices").EnumerateArray(), c => c.GetProperty("code").GetString() == IndicatorCodes.OnlineRate);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal(("confirmed", IndicatorCodes.OnTimeRate), Link(after!, onTime));
        Assert.Equal(("none", (string?)null), Link(after!, other));
        var audit = await InScopeAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(PlanTarget)).ToListAsync());
        Assert.Contains(audit, a => a.EntityKey.Contains(onTime.ToString(), StringComparison.OrdinalIgnoreCase) && a.UserName == RunPlanScenario.Standing
            && a.After!.Contains(IndicatorCodes.OnTimeRate, StringComparison.Ordinal));
        Assert.Contains(audit, a => a.EntityKey.Contains(other.ToString(), StringComparison.OrdinalIgnoreCase) && a.After!.Contains(nameof(PlanTarget.IndicatorLink), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_version_is_a_409_and_an_indicator_that_does_not_apply_to_the_targets_level_or_an_empty_choice_is_a_400()
    {
        var target = await AddTargetAsync(s.PlanId, OnTimeText, 70);
        var agencyTarget = await AddTargetAsync(s.PlanId, "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng đạt 90%", 90, level: "agency");
        using var client = await app.LoginAsync(RunPlanScenario.Standing);

        var first = await client.PutAsJsonAsync($"{Links(s.PlanId)}/{target}", new { indicatorCode = IndicatorCodes.OnTimeRate, version = 1 });
        var stale = await client.PutAsJsonAsync($"{Links(s.PlanId)}/{target}", new { indicatorCode = IndicatorCodes.OnlineRate, version = 1 });
        var wrongLevel = await client.PutAsJsonAsync($"{Links(s.PlanId)}/{agencyTarget}", new { indicatorCode = IndicatorCodes.DocumentsOnlineRate });
        var neither = await client.PutAsJsonAsync($"{Links(s.PlanId)}/{agencyTarget}", new { indicatorCode = "" });
        var unknown = await client.PutAsJsonAsync($"{Links(s.PlanId)}/{Guid.NewGuid()}", new { noIndicator = true });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongLevel.StatusCode);
        Assert.Contains("không áp dụng cho cấp", (await wrongLevel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(IndicatorCodes.OnTimeRate, await InScopeAsync(db => db.PlanTargets.Where(t => t.Id == target).Select(t => t.IndicatorCode).SingleAsync()));
    }

    [Fact]
    public async Task A_commune_officer_reads_its_province_plans_links_from_below_but_cannot_write_them_and_neither_can_a_leader()
    {
        var target = await AddTargetAsync(s.PlanId, OnTimeText, 70);
        // The plan is the province's and issued: its communes read it from below, read-only.
        using var commune = await app.LoginAsync(RunPlanScenario.OfficerA);
        using var leader = await app.LoginAsync(RunPlanScenario.Leader);
        var body = new { indicatorCode = IndicatorCodes.OnTimeRate };

        var communeRead = await commune.GetAsync(Links(s.PlanId));
        var communeWrite = await commune.PutAsJsonAsync($"{Links(s.PlanId)}/{target}", body);
        var leaderRead = await leader.GetAsync(Links(s.PlanId));
        var leaderWrite = await leader.PutAsJsonAsync($"{Links(s.PlanId)}/{target}", body);
        var leaderPage = await leader.GetStringAsync($"/ke-hoach/{s.PlanId}");

        Assert.Equal(HttpStatusCode.OK, communeRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, communeWrite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderWrite.StatusCode);
        Assert.Contains("Gợi ý: ", leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain(PlanTargetLinkEndpoints.FormAction(s.PlanId), leaderPage, StringComparison.Ordinal);
        Assert.Null(await InScopeAsync(db => db.PlanTargets.Where(t => t.Id == target).Select(t => t.IndicatorCode).SingleAsync()));
    }

    [Fact]
    public async Task The_plan_page_preselects_the_suggestion_and_its_form_saves_the_confirmed_link()
    {
        var target = await AddTargetAsync(s.PlanId, OnTimeText, 70);
        using var client = await app.LoginAsync(RunPlanScenario.Standing);
        var page = await client.GetStringAsync($"/ke-hoach/{s.PlanId}");
        var token = TokenPattern().Matches(page).Last().Groups[1].Value;

        var response = await client.PostAsync(PlanTargetLinkEndpoints.FormAction(s.PlanId), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["targetId"] = target.ToString(), ["version"] = "1", ["indicatorCode"] = IndicatorCodes.OnTimeRate,
        }));
        var after = await client.GetStringAsync($"/ke-hoach/{s.PlanId}");

        Assert.Contains($"<option value=\"{IndicatorCodes.OnTimeRate}\" selected", page, StringComparison.Ordinal);
        Assert.Contains("chưa xác nhận", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("?", response.Headers.Location!.OriginalString, StringComparison.Ordinal); // the message travels in the flash cookie
        Assert.Contains("đã xác nhận", after, StringComparison.Ordinal);
        Assert.Contains("Đã lưu chỉ số của 1 chỉ tiêu.", after, StringComparison.Ordinal);
        Assert.Equal(IndicatorLinkStatus.Confirmed, await InScopeAsync(db => db.PlanTargets.Where(t => t.Id == target).Select(t => t.IndicatorLink).SingleAsync()));
    }

    [Fact]
    public async Task The_plan_page_saves_every_target_s_link_with_one_button()
    {
        var first = await AddTargetAsync(s.PlanId, OnTimeText, 70);
        var second = await AddTargetAsync(s.PlanId, "Tỷ lệ hồ sơ trực tuyến đạt 80%", 80);
        using var client = await app.LoginAsync(RunPlanScenario.Standing);
        var page = await client.GetStringAsync($"/ke-hoach/{s.PlanId}");
        var token = TokenPattern().Matches(page).Last().Groups[1].Value;

        var response = await client.PostAsync(PlanTargetLinkEndpoints.FormAction(s.PlanId), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("targetId", first.ToString()), new($"version-{first}", "1"), new($"indicatorCode-{first}", IndicatorCodes.OnTimeRate),
            new("targetId", second.ToString()), new($"version-{second}", "1"), new($"indicatorCode-{second}", PlanTargetLinkEndpoints.NoIndicatorChoice),
        ]));

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(page, "data-testid=\"target-links-save\""));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(IndicatorLinkStatus.Confirmed, await InScopeAsync(db => db.PlanTargets.Where(t => t.Id == first).Select(t => t.IndicatorLink).SingleAsync()));
        Assert.Equal(IndicatorLinkStatus.NoIndicator, await InScopeAsync(db => db.PlanTargets.Where(t => t.Id == second).Select(t => t.IndicatorLink).SingleAsync()));
    }

    [Fact]
    public async Task The_board_rates_confirmed_targets_of_an_issued_plan_against_the_actuals_and_leaves_unconfirmed_ones_out()
    {
        var year = s.Today.Year - 1;
        var planId = await AddPlanAsync(year);
        var onTime = await AddTargetAsync(planId, OnTimeText, 70);
        var online = await AddTargetAsync(planId, "Tỷ lệ hồ sơ trực tuyến đạt 80%", 80);
        using var client = await app.LoginAsync(RunPlanScenario.Standing);
        var code = await InScopeAsync(db => db.Units.Where(u => u.Id == s.Province).Select(u => u.Code).SingleAsync());
        var rows = new[] { "05", "06", "07", "20" }.Select((day, i) => Dossiers.DossierStore.Row($"HS{i}", code, $"{year}-02-01T08:00", $"{year}-02-10T17:00",
            $"{year}-02-{day}T09:00", "da_tra"));
        var import = await client.PostAsync("/api/dossiers/import", Upload(Dossiers.DossierStore.Header + "\n" + string.Join("\n", rows) + "\n"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"{Links(planId)}/{onTime}", new { indicatorCode = IndicatorCodes.OnTimeRate })).StatusCode);

        var board = (await InScopeAsync(sp => sp.GetRequiredService<IndicatorQueries>().BoardAsync(s.Province, ReportingPeriod.Quarter(year, 1))))!;

        var row = Assert.Single(board.Rows, r => r.Code == IndicatorCodes.OnTimeRate);
        Assert.Equal(75m, row.Value);
        Assert.Equal(AttainmentStatus.Met, row.Attainment.Status);
        Assert.Equal(70m, row.Target!.Value);
        Assert.Contains("15/KH-UBND", row.Target.PlanReference, StringComparison.Ordinal);
        var onlineRow = Assert.Single(board.Rows, r => r.Code == IndicatorCodes.OnlineRate);
        Assert.Null(onlineRow.Target);
        Assert.Equal(AttainmentStatus.NoData, onlineRow.Attainment.Status);
        Assert.NotEqual(Guid.Empty, online);
    }

    private static string Links(Guid planId) => $"/api/plans/{planId}/indicator-links";

    private static (string?, string?) Link(JsonElement[] targets, Guid id)
    {
        var t = Assert.Single(targets, t => t.GetProperty("targetId").GetGuid() == id);
        return (t.GetProperty("status").GetString(), t.GetProperty("indicatorCode").GetString());
    }

    private static MultipartFormDataContent Upload(string csv)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "hoso.csv");
        return form;
    }

    private async Task<Guid> AddTargetAsync(Guid planId, string text, decimal value, string unit = "%", string? level = null)
    {
        var target = new PlanTarget { PlanId = planId, Text = text, Comparator = ">=", Value = value, Unit = unit, Level = level };
        await InScopeAsync(async db =>
        {
            target.Order = await db.PlanTargets.CountAsync(t => t.PlanId == planId);
            db.Add(target);
            return await db.SaveChangesAsync();
        });
        return target.Id;
    }

    private Task<Guid> AddPlanAsync(int year) => InScopeAsync(async db =>
    {
        var plan = new Plan
        {
            GovernmentId = s.Province, Title = $"Kế hoạch CCHC năm {year}", Number = "15/KH-UBND", IssuedOn = new DateOnly(year, 1, 5),
            PeriodFrom = new DateOnly(year, 1, 1), PeriodTo = new DateOnly(year, 12, 31), Status = PlanStatus.Issued, CreatedAt = app.Time.GetUtcNow(),
        };
        db.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });

    private Task<T> InScopeAsync<T>(Func<AppDbContext, Task<T>> work) => InScopeAsync(sp => work(sp.GetRequiredService<AppDbContext>()));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
