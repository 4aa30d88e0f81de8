using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Organisation;

public class UnitEndpointsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Api_handlers_return_the_tree_as_of_a_date_and_one_unit_or_404(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);

        await database.InScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<OrgQueries>();
            var before = (await UnitEndpoints.GetTreeAsync(queries, database.Time, OrgScenario.Before, s.District, default)).Value!;
            var today = (await UnitEndpoints.GetTreeAsync(queries, database.Time, null, null, default)).Value!;
            var one = await UnitEndpoints.GetUnitAsync(s.VinhChap, queries, database.Time, OrgScenario.Before, default);
            var missing = await UnitEndpoints.GetUnitAsync(Guid.NewGuid(), queries, database.Time, null, default);

            Assert.Equal(["T.H1", "T.H1.PNV", "T.H1.X1", "T.H1.X1.VP", "T.H1.X2"], before.Select(u => u.Code));
            Assert.Equal(UnitKind.DistrictGovernment, before[0].Kind);
            Assert.DoesNotContain(today, u => u.Code == "T.H1");
            Assert.Contains(today, u => u.Code == "T.X1" && u.ParentId == s.Province);
            var detail = Assert.IsType<Ok<UnitDetail>>(one.Result).Value!;
            Assert.Equal("UBND xã Vĩnh Chấp", detail.NameAsOf);
            Assert.Equal(404, Assert.IsType<ProblemHttpResult>(missing.Result).StatusCode);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Overviews_list_groups_with_members_and_standing_agencies_over_time(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);

        await database.InScopeAsync(async sp =>
        {
            await ResultAssert.Ok(sp.GetRequiredService<OrgGroups>().CreateAsync(new CreateGroupRequest("G", "UBND các xã, thị trấn", s.District,
                GroupRule.KindsUnderGovernment, [UnitKind.CommuneGovernment])));
            await ResultAssert.Ok(sp.GetRequiredService<OrgCommands>().DesignateStandingAgencyAsync(new DesignateStandingAgencyRequest(s.NewCommune, s.NewVhxh, OrgScenario.Reform)));
        });

        await database.InScopeAsync(async sp =>
        {
            var overviews = sp.GetRequiredService<OrgOverviews>();
            var group = Assert.Single(await overviews.GroupsAsync(OrgScenario.Before));
            var standing = await overviews.StandingAsync();

            Assert.Equal(["UBND thị trấn Hồ Xá", "UBND xã Vĩnh Chấp"], group.Members.Select(m => m.Name).Order());
            Assert.Equal("UBND huyện Vĩnh Linh", group.GovernmentName);
            Assert.Equal("Phòng Nội vụ", Assert.Single(standing.Single(g => g.GovernmentId == s.District).Agencies).Name);
            Assert.Equal(OrgScenario.Before, standing.Single(g => g.GovernmentId == s.District).Agencies[0].ValidTo);
            Assert.Empty(standing.Single(g => g.GovernmentId == s.Province).Agencies);
        });
    }
}
