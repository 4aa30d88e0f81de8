using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Organisation;

/// <summary>The organisation pages read through <see cref="OrgPageQueries"/>, which limits every read to the user's scope.</summary>
public sealed class OrgPageQueriesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_commune_standing_officer_sees_the_tree_groups_and_units_of_their_commune_and_nothing_of_the_province(string provider)
    {
        await using var database = await CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var officer = User(Roles.StandingOfficer, s.NewVhxh);
        var day = new DateOnly(2026, 1, 1);

        await database.InScopeAsync(async sp =>
        {
            var pages = sp.GetRequiredService<OrgPageQueries>();
            var tree = await pages.VisibleTreeAsync(officer, day);
            Assert.Equal([s.NewCommune, s.NewVhxh], tree.Select(n => n.Id));
            Assert.NotNull(await pages.VisibleDetailAsync(officer, s.NewVhxh, day));
            Assert.Null(await pages.VisibleDetailAsync(officer, s.SoNoiVu, day));
            Assert.Null(await pages.VisibleDetailAsync(officer, Guid.NewGuid(), day));
            var access = await pages.AccessAsync(officer, day);
            Assert.False(access.CanEdit);
            Assert.Equal(s.NewCommune, access.RootId);
            Assert.DoesNotContain(await pages.VisibleStandingAsync(officer, day), r => r.GovernmentId == s.Province);
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_administrator_sees_and_edits_everything_including_ended_units_on_their_last_day(string provider)
    {
        await using var database = await CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var admin = User(Roles.Admin, null);

        await database.InScopeAsync(async sp =>
        {
            var pages = sp.GetRequiredService<OrgPageQueries>();
            var access = await pages.AccessAsync(admin, new DateOnly(2026, 1, 1));
            Assert.True(access.CanEdit);
            Assert.Null(access.RootId);
            Assert.NotNull(await pages.VisibleDetailAsync(admin, s.District, new DateOnly(2026, 1, 1)));
            Assert.Contains(await pages.VisibleTreeAsync(admin, OrgScenario.Before), n => n.Id == s.District);
            Assert.Contains(await pages.VisibleStandingAsync(admin, new DateOnly(2026, 1, 1)), r => r.GovernmentId == s.District);
            return 0;
        });
    }

    private static Task<TestDatabase> CreateAsync(string provider) =>
        TestDatabase.CreateAsync(provider, services => services.AddScoped<IUnitScope, UnitScope>());

    private static ClaimsPrincipal User(string role, Guid? unit)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u1"), new(ClaimTypes.Name, "u1"), new(ClaimTypes.Role, role) };
        if (unit is { } id)
        {
            claims.Add(new Claim(ParPlanClaims.UnitId, id.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
