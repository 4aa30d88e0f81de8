using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Auth;
using Microsoft.Extensions.Configuration;
using ParPlan.Features.Demo;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Features.Plans;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Demo;

public class DemoSeederTests
{
    /// <summary>A store with the services the demo seeding uses (the dossier import and the indicators).</summary>
    public static Task<TestDatabase> CreateAsync(string provider) =>
        TestDatabase.CreateAsync(provider, s => s.AddDossierServices(new ConfigurationBuilder().Build()).AddIndicatorServices(new ConfigurationBuilder().Build()));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_fills_an_empty_store_once_with_the_province_before_and_after_the_reform_and_the_contract_logins(string provider)
    {
        await using var database = await CreateAsync(provider);

        Assert.True(await DemoSeeder.SeedIfEmptyAsync(database.Services, CancellationToken.None));
        Assert.False(await DemoSeeder.SeedIfEmptyAsync(database.Services, CancellationToken.None));
        Assert.True(await DemoSeeder.HasDemoLoginsAsync(database.Services, CancellationToken.None));
        var banner = DemoSeeder.Banner(["http://127.0.0.1:5000"]);
        Assert.Contains("http://127.0.0.1:5000", banner, StringComparison.Ordinal);
        Assert.All(DemoUsers.All, u => Assert.Contains(u.UserName, banner, StringComparison.Ordinal));
        Assert.Contains(DemoUsers.Password, banner, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoUsers.Password, DemoSeeder.Banner(["http://127.0.0.1:5000"], demoLogins: false), StringComparison.Ordinal);

        await database.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var q = sp.GetRequiredService<OrgQueries>();
            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code);
            var before = await q.TreeAsync(new DateOnly(2025, 6, 30));
            var after = await q.TreeAsync(new DateOnly(2025, 7, 1));

            Assert.Contains(before, n => n.Code == "QT.H.VINHLINH" && n.ParentId == units["QT"].Id);
            Assert.Equal(15, before.Count(n => n.Kind == UnitKind.CommuneGovernment));
            Assert.Contains(before, n => n.Name == "UBND xã Vĩnh Chấp");
            Assert.DoesNotContain(after, n => n.Kind == UnitKind.DistrictGovernment);
            var communes = after.Where(n => n.Kind == UnitKind.CommuneGovernment).ToList();
            Assert.Equal(5, communes.Count);
            Assert.All(communes, c => Assert.Equal(units["QT"].Id, c.ParentId));
            Assert.Equal(units["QT.H.VINHLINH.PNV"].Id, await q.StandingAgencyOfAsync(units["QT.H.VINHLINH"].Id, new DateOnly(2025, 6, 30)));
            Assert.Equal(units["QT.SNV"].Id, await q.StandingAgencyOfAsync(units["QT"].Id, new DateOnly(2026, 1, 1)));
            Assert.Equal(units["QT.XA.VINHLINH.VHXH"].Id, await q.StandingAgencyOfAsync(units["QT.XA.VINHLINH"].Id, new DateOnly(2026, 1, 1)));
            var vinhLinh = await q.DetailAsync(units["QT.XA.VINHLINH"].Id, new DateOnly(2026, 1, 1));
            Assert.Equal(["QT.H.VINHLINH", "QT.H.VINHLINH.TT.HOXA", "QT.H.VINHLINH.X.VINHCHAP", "QT.H.VINHLINH.X.VINHLONG"], vinhLinh!.Predecessors.Select(p => p.Code).Order());
            var successions = sp.GetRequiredService<OrgSuccessions>();
            Assert.Equal([units["QT.XA.VINHLINH.VHXH"].Id], await successions.SuccessorsOnAsync(units["QT.H.VINHLINH.PNV"].Id, new DateOnly(2025, 9, 30)));
            Assert.Equal([units["QT.XA.VINHLINH"].Id], await successions.SuccessorsOnAsync(units["QT.H.VINHLINH.X.VINHCHAP"].Id, new DateOnly(2025, 9, 30)));
            var communeGroup = await db.UnitGroups.SingleAsync(g => g.Code == "QT.H.VINHLINH.G.XA");
            Assert.Equal(15, (await sp.GetRequiredService<OrgGroups>().ResolveAsync(communeGroup.Id, new DateOnly(2025, 1, 15))).Value!.Count);

            var steering = await db.UnitGroups.SingleAsync(g => g.GovernmentId == units["QT.H.VINHLINH.BCD"].Id);
            Assert.Equal(5, (await sp.GetRequiredService<OrgGroups>().ResolveAsync(steering.Id, new DateOnly(2025, 3, 1))).Value!.Count);
            Assert.Empty((await sp.GetRequiredService<OrgGroups>().ResolveAsync(steering.Id, new DateOnly(2025, 7, 1))).Value!);

            var users = sp.GetRequiredService<UserManager<AppUser>>();
            Assert.Equal(Roles.All.Order(), await db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync());
            foreach (var (userName, role, _, unitCode) in DemoUsers.All)
            {
                var user = await users.FindByNameAsync(userName);
                Assert.NotNull(user);
                Assert.Equal([role], await users.GetRolesAsync(user));
                Assert.Equal(unitCode is null ? null : units[unitCode].Id, user.UnitId);
            }

            Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync("thuongtruc.vinhlinh"))!, DemoUsers.Password));
        });
    }
}

public class DemoWorkTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_adds_two_issued_plans_of_the_year_with_progress_and_the_dossiers_received_so_far_with_their_indicators(string provider)
    {
        await using var database = await DemoSeederTests.CreateAsync(provider);
        var now = database.Time.GetUtcNow(); // 1/3/2026

        Assert.True(await DemoSeeder.SeedIfEmptyAsync(database.Services, CancellationToken.None));

        await database.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var plans = await db.Plans.AsNoTracking().OrderBy(p => p.Title).ToListAsync();
            Assert.Equal(["Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Quảng Trị", "Kế hoạch cải cách hành chính xã Vĩnh Thủy năm 2026"],
                plans.Select(p => p.Title));
            Assert.All(plans, p => Assert.Equal(PlanStatus.Issued, p.Status));
            var officeOfVinhThuy = await db.Units.Where(u => u.Code == "QT.XA.VINHTHUY.VHXH").Select(u => u.Id).SingleAsync();
            Assert.Equal(3, await db.TaskAssignments.CountAsync(a => a.UnitId == officeOfVinhThuy && a.Role == AssignmentRole.Lead));
            var statuses = await db.PlanTasks.AsNoTracking().Select(t => new { t.Ref, t.DueDate, t.Status }).ToListAsync();
            Assert.All(statuses.Where(t => t.Status is PlanTaskStatus.Done or PlanTaskStatus.DoneLate), t => Assert.True(t.DueDate <= new DateOnly(2026, 3, 1)));
            Assert.Contains(statuses, t => t.Status == PlanTaskStatus.Done);
            Assert.Equal(3, await db.PlanTargets.CountAsync(t => t.IndicatorLink == IndicatorLinkStatus.Confirmed && t.IndicatorCode != null));

            var received = await db.Set<Dossier>().AsNoTracking().Select(d => d.ReceivedAt).ToListAsync();
            Assert.True(received.Count > 2_000);
            Assert.All(received, r => Assert.True(r <= now));
            Assert.True(await db.Set<StoredIndicatorValue>().AnyAsync(v => v.Year == 2026 && v.Code == "dossier.on-time-rate" && v.UnitCode == "QT"));
        });
    }
}

public class DemoSeederOnDataTests
{
    [Fact]
    public async Task A_store_with_data_is_left_alone_and_has_no_demo_logins()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InScopeAsync(sp => ResultAssert.Ok(sp.GetRequiredService<OrgCommands>()
            .CreateUnitAsync(new CreateUnitRequest("HN", "UBND thành phố Hà Nội", UnitKind.ProvinceGovernment, UnitLevel.Province, null, null))));

        Assert.False(await DemoSeeder.SeedIfEmptyAsync(database.Services, CancellationToken.None));
        Assert.False(await DemoSeeder.HasDemoLoginsAsync(database.Services, CancellationToken.None));
        Assert.Equal(1, await database.InScopeAsync(sp => sp.CountAsync<Unit>()));
    }
}
