using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Reports;
using ParPlan.Features.Auth;
using ParPlan.Features.Reports;
using ParPlan.Features.Reports.Regimes;
using ParPlan.Tests.Features.Organisation;

namespace ParPlan.Tests.Features.Reports;

/// <summary>A government's standing agency edits its reporting regimes and ad hoc reports; every report asks
/// <see cref="ReportRegimes"/>, which gives the edited copies in place of the defaults.</summary>
public sealed class ReportRegimesTests
{
    private static readonly RegimeEdit CommuneFields = new("Chế độ báo cáo CCHC của xã (sửa)", "Quyết định 12/QĐ-UBND", "UBND tỉnh (qua Sở Nội vụ)",
        DefaultRegimes.DefaultOutline, DefaultRegimes.GovernmentAnnex, DefaultRegimes.AgencyAnnex);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_standing_officer_s_edited_period_takes_the_default_s_place_for_their_government_only(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var officer = User(Roles.StandingOfficer, s.NewVhxh);
        var q1 = DefaultRegimes.Commune.Periods[0] with
        {
            WindowFrom = new YearDay(16, 12, -1),
            WindowTo = new YearDay(5, 3),
            Dues = new Dictionary<ReportLevel, DueRule> { [ReportLevel.Unit] = DueRule.NoLaterThan(7, 3), [ReportLevel.Government] = DueRule.BeforeDay(12, 3) },
        };

        var saved = await database.InScopeAsync(sp => sp.GetRequiredService<RegimeCommands>().SavePeriodAsync(officer, s.NewCommune, DefaultRegimes.CommuneCode, q1, 0));

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        await database.InScopeAsync(async sp =>
        {
            var regimes = sp.GetRequiredService<ReportRegimes>();
            var commune = await regimes.FindAsync(s.NewCommune, DefaultRegimes.CommuneCode);
            var instance = ReportingCalendar.Instances(commune!, 2026)[0];
            Assert.Equal(new DataWindow(new DateOnly(2025, 12, 16), new DateOnly(2026, 3, 5), true), instance.Window);
            Assert.Equal(new DateOnly(2026, 3, 7), instance.DueOn(ReportLevel.Unit));
            Assert.Equal(new DateOnly(2026, 3, 11), instance.DueOn(ReportLevel.Government));
            Assert.Equal(DefaultRegimes.Commune.Periods.Skip(1), commune!.Periods.Skip(1), new PeriodComparer());
            Assert.Equal(DefaultRegimes.All, await regimes.ForGovernmentAsync(s.Province));
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_window_ending_after_its_due_date_is_refused_in_vietnamese_and_nothing_is_saved(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var officer = User(Roles.StandingOfficer, s.NewVhxh);
        var q1 = DefaultRegimes.Commune.Periods[0] with { WindowTo = new YearDay(20, 3) };

        var saved = await database.InScopeAsync(sp => sp.GetRequiredService<RegimeCommands>().SavePeriodAsync(officer, s.NewCommune, DefaultRegimes.CommuneCode, q1, 0));

        Assert.Equal("invalid", saved.Error?.Code);
        Assert.Contains("phải sau ngày kết thúc kỳ số liệu (20/03)", saved.Error!.Message);
        Assert.Equal(0, await database.InScopeAsync(sp => sp.CountAsync<GovernmentRegime>()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Leaders_and_the_upper_level_read_but_may_not_edit_and_another_government_is_not_found(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);

        async Task<string?> Try(ClaimsPrincipal user, Guid government) => (await database.InScopeAsync(sp =>
            sp.GetRequiredService<RegimeCommands>().SaveRegimeAsync(user, government, DefaultRegimes.CommuneCode, CommuneFields, 0))).Error?.Code;

        Assert.Equal("forbidden", await Try(User(Roles.Leader, s.NewCommune), s.NewCommune));
        Assert.Equal("forbidden", await Try(User(Roles.StandingOfficer, s.SoNoiVu), s.NewCommune));
        Assert.Equal("not-found", await Try(User(Roles.StandingOfficer, s.NewVhxh), s.Province));
        Assert.Equal(0, await database.InScopeAsync(sp => sp.CountAsync<GovernmentRegime>()));
        var leaderView = await database.InScopeAsync(sp => sp.GetRequiredService<RegimeQueries>().PageAsync(User(Roles.Leader, s.NewCommune), null));
        Assert.Equal(s.NewCommune, leaderView!.GovernmentId);
        Assert.False(leaderView.CanEdit);
        Assert.Equal(2, leaderView.Regimes.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_edit_is_refused_naming_who_changed_the_regime_and_going_back_to_the_default_drops_the_copy(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var officer = User(Roles.StandingOfficer, s.NewVhxh, "thuongtruc.xa");
        Task<Result<long>> Save(long version) => database.InScopeAsync(sp =>
            sp.GetRequiredService<RegimeCommands>().SaveRegimeAsync(officer, s.NewCommune, DefaultRegimes.CommuneCode, CommuneFields, version));

        var first = await Save(0);
        var stale = await Save(0);

        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.Equal("conflict", stale.Error?.Code);
        Assert.Contains("vừa được thuongtruc.xa sửa lúc", stale.Error!.Message);
        var edited = await database.InScopeAsync(sp => sp.GetRequiredService<ReportRegimes>().FindAsync(s.NewCommune, DefaultRegimes.CommuneCode));
        Assert.Equal("UBND tỉnh (qua Sở Nội vụ)", edited!.ReceivingBody);
        Assert.Equal(DefaultRegimes.AgencyAnnex, edited.Annex.For(ReportUnitType.Agency));

        var reset = await database.InScopeAsync(sp => sp.GetRequiredService<RegimeCommands>().ResetAsync(officer, s.NewCommune, DefaultRegimes.CommuneCode, first.Value));

        Assert.True(reset.IsSuccess, reset.Error?.Message);
        Assert.Same(DefaultRegimes.Commune, await database.InScopeAsync(sp => sp.GetRequiredService<ReportRegimes>().FindAsync(s.NewCommune, DefaultRegimes.CommuneCode)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_ad_hoc_report_with_a_typed_window_and_due_date_joins_the_year_s_reports(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var officer = User(Roles.StandingOfficer, s.NewVhxh);
        var input = new AdHocInput("Kết quả thực hiện Chỉ thị 23 về cải cách TTHC", new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 5), "UBND tỉnh");

        var added = await database.InScopeAsync(sp => sp.GetRequiredService<RegimeCommands>().AddAdHocAsync(officer, s.NewCommune, input));
        var refused = await database.InScopeAsync(sp => sp.GetRequiredService<RegimeCommands>().AddAdHocAsync(officer, s.NewCommune,
            input with { DueOn = new DateOnly(2026, 4, 1), ReceivingBody = " " }));

        Assert.True(added.IsSuccess, added.Error?.Message);
        Assert.Equal("Hạn gửi phải sau ngày kết thúc kỳ số liệu. Nhập cơ quan nhận báo cáo.", refused.Error?.Message);
        var instances = await database.InScopeAsync(sp => sp.GetRequiredService<ReportRegimes>().InstancesAsync(s.NewCommune, 2026));
        var adHoc = Assert.Single(instances, i => i.AdHoc);
        Assert.Equal("2026-DX01", adHoc.PeriodCode);
        Assert.Equal("Đột xuất: Kết quả thực hiện Chỉ thị 23 về cải cách TTHC", adHoc.Label);
        Assert.Equal(new DateOnly(2026, 5, 5), adHoc.DueOn(ReportLevel.Unit));
        Assert.Equal(4, instances.Count(i => !i.AdHoc));
        Assert.Empty(await database.InScopeAsync(sp => sp.GetRequiredService<ReportRegimes>().InstancesAsync(s.NewCommune, 2027)).ContinueWith(t => t.Result.Where(i => i.AdHoc).ToList()));
    }

    private static ClaimsPrincipal User(string role, Guid? unit, string name = "u1")
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, name), new(ClaimTypes.Name, name), new(ClaimTypes.Role, role) };
        if (unit is { } id)
        {
            claims.Add(new Claim(ParPlanClaims.UnitId, id.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private sealed class PeriodComparer : IEqualityComparer<RegimePeriod>
    {
        public bool Equals(RegimePeriod? x, RegimePeriod? y) =>
            x is not null && y is not null && x with { Dues = y.Dues } == y && x.Dues.OrderBy(d => d.Key).SequenceEqual(y.Dues.OrderBy(d => d.Key));

        public int GetHashCode(RegimePeriod obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
