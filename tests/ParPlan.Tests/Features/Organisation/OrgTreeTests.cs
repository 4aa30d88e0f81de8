using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Organisation;

public class OrgTreeTests
{
    private static OrgCommands Commands(IServiceProvider sp) => sp.GetRequiredService<OrgCommands>();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tree_as_of_a_date_shows_the_district_before_the_reform_and_the_new_commune_after(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);

        var before = await database.InScopeAsync(sp => sp.GetRequiredService<OrgQueries>().TreeAsync(OrgScenario.Before));
        var after = await database.InScopeAsync(sp => sp.GetRequiredService<OrgQueries>().TreeAsync(OrgScenario.Reform));

        Assert.Equal(
            ["UBND tỉnh Quảng Trị", "Sở Nội vụ", "UBND huyện Vĩnh Linh", "Phòng Nội vụ", "UBND xã Vĩnh Chấp", "Công chức Văn phòng - Thống kê", "UBND thị trấn Hồ Xá"],
            before.Select(n => n.Name));
        Assert.Equal([0, 1, 1, 2, 2, 3, 2], before.Select(n => n.Depth));
        Assert.Equal(s.District, before.Single(n => n.Id == s.VinhChap).ParentId);
        Assert.True(before.Single(n => n.Id == s.PhongNoiVu).IsStandingAgency);

        Assert.Equal(["UBND tỉnh Quảng Trị", "Sở Nội vụ", "UBND xã Vĩnh Linh", "Phòng Văn hoá – Xã hội"], after.Select(n => n.Name));
        var (latest, ended) = await database.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<OrgQueries>();
            return (await q.LatestEventsAsync(OrgScenario.Reform), await q.EndedBeforeAsync(OrgScenario.Reform));
        });
        Assert.Equal(UnitEventKind.MergedFrom, latest[s.NewCommune].Kind);
        Assert.Equal(UnitEventKind.Abolished, latest[s.District].Kind);
        Assert.Equal(new[] { s.District, s.PhongNoiVu, s.VinhChap, s.HoXa, s.VinhChapOffice }.Order(), ended.Select(e => e.UnitId).Order());
        Assert.Equal(s.Province, after.Single(n => n.Id == s.NewCommune).ParentId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IOrgTree_answers_containment_subtree_and_government_at_a_date(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);

        await database.InScopeAsync(async sp =>
        {
            var tree = sp.GetRequiredService<IOrgTree>();
            Assert.True(await tree.IsWithinAsync(s.VinhChapOffice, s.Province, OrgScenario.Before));
            Assert.True(await tree.IsWithinAsync(s.VinhChapOffice, s.District, OrgScenario.Before));
            Assert.False(await tree.IsWithinAsync(s.VinhChapOffice, s.Province, OrgScenario.Reform));
            Assert.False(await tree.IsWithinAsync(s.SoNoiVu, s.District, OrgScenario.Before));
            Assert.True(await tree.IsWithinAsync(s.District, s.District, OrgScenario.Before));
            Assert.False(await tree.IsWithinAsync(s.District, s.District, OrgScenario.Reform));

            var before = await tree.SubtreeAsync(s.District, OrgScenario.Before);
            Assert.Equal(new[] { s.District, s.PhongNoiVu, s.VinhChap, s.HoXa, s.VinhChapOffice }.Order(), before.Order());
            Assert.Empty(await tree.SubtreeAsync(s.District, OrgScenario.Reform));
            var province = await tree.SubtreeAsync(s.Province, OrgScenario.Reform);
            Assert.Equal(new[] { s.Province, s.SoNoiVu, s.NewCommune, s.NewVhxh }.Order(), province.Order());

            Assert.Equal(s.VinhChap, await tree.GovernmentOfAsync(s.VinhChapOffice, OrgScenario.Before));
            Assert.Equal(s.District, await tree.GovernmentOfAsync(s.PhongNoiVu, OrgScenario.Before));
            Assert.Equal(s.NewCommune, await tree.GovernmentOfAsync(s.NewVhxh, OrgScenario.Reform));
            Assert.Equal(s.Province, await tree.GovernmentOfAsync(s.Province, OrgScenario.Reform));
            Assert.Equal(s.Province, await tree.GovernmentOfAsync(s.SoNoiVu, OrgScenario.Reform));
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Merge_keeps_history_on_the_old_units_and_links_predecessors_to_the_successor(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);

        var (successor, old, office) = await database.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<OrgQueries>();
            return (await q.DetailAsync(s.NewCommune, OrgScenario.Reform), await q.DetailAsync(s.VinhChap, OrgScenario.Reform), await q.DetailAsync(s.VinhChapOffice, OrgScenario.Reform));
        });

        Assert.Equal(["T.H1.X1", "T.H1.X2"], successor!.Predecessors.Select(p => p.Code));
        Assert.Equal(2, successor.Events.Count(e => e.Kind == UnitEventKind.MergedFrom));
        Assert.Equal(OrgScenario.Before, old!.ValidTo);
        Assert.Equal("T.X1", Assert.Single(old.Successors).Code);
        var merged = Assert.Single(old.Events, e => e.Kind == UnitEventKind.MergedInto);
        Assert.Equal(OrgScenario.Reform, merged.EffectiveOn);
        Assert.Equal("NQ sắp xếp ĐVHC cấp xã", merged.Reference);
        Assert.Equal(OrgScenario.Before, Assert.Single(old.Parents).ValidTo);
        Assert.Equal(OrgScenario.Before, office!.ValidTo);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Standing_agency_is_dated_and_must_belong_to_the_government(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);

        await database.InScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrgCommands>();
            var q = sp.GetRequiredService<OrgQueries>();
            await ResultAssert.Ok(org.DesignateStandingAgencyAsync(new DesignateStandingAgencyRequest(s.NewCommune, s.NewVhxh, OrgScenario.Reform, "KH CCHC xã §III.2")));
            var foreign = await org.DesignateStandingAgencyAsync(new DesignateStandingAgencyRequest(s.NewCommune, s.SoNoiVu, OrgScenario.Reform));

            Assert.Equal("invalid", foreign.Error?.Code);
            Assert.Equal(s.PhongNoiVu, await q.StandingAgencyOfAsync(s.District, OrgScenario.Before));
            Assert.Null(await q.StandingAgencyOfAsync(s.District, OrgScenario.Reform));
            Assert.Equal(s.NewVhxh, await q.StandingAgencyOfAsync(s.NewCommune, OrgScenario.Reform));

            // A later change without a start date starts "today" (FakeTimeProvider: 01/03/2026) and closes the previous one.
            var office = await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest("T.X1.VP", "Văn phòng HĐND và UBND xã", UnitKind.Office, UnitLevel.Agency, s.NewCommune, OrgScenario.Reform)));
            await ResultAssert.Ok(org.DesignateStandingAgencyAsync(new DesignateStandingAgencyRequest(s.NewCommune, office, null)));
            Assert.Equal(s.NewVhxh, await q.StandingAgencyOfAsync(s.NewCommune, new DateOnly(2026, 2, 28)));
            Assert.Equal(office, await q.StandingAgencyOfAsync(s.NewCommune, new DateOnly(2026, 3, 1)));
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rename_and_reparent_keep_dated_history(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var renameOn = new DateOnly(2026, 1, 1);

        var duplicate = await database.InScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrgCommands>();
            await ResultAssert.Ok(org.RenameAsync(new RenameUnitRequest(s.NewVhxh, "Phòng Văn hóa, Khoa học và Xã hội", renameOn, "QĐ 1/QĐ-UBND")));
            await ResultAssert.Ok(org.ReparentAsync(new ReparentUnitRequest(s.SoNoiVu, s.NewCommune, renameOn)));
            return await org.CreateUnitAsync(new CreateUnitRequest("T.X1", "Trùng mã", UnitKind.Office, UnitLevel.Agency, null, null));
        });

        Assert.Equal("conflict", duplicate.Error?.Code);
        await database.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<OrgQueries>();
            var tree = sp.GetRequiredService<IOrgTree>();
            var before = await q.DetailAsync(s.NewVhxh, renameOn.AddDays(-1));
            var after = await q.DetailAsync(s.NewVhxh, renameOn);
            Assert.Equal("Phòng Văn hoá – Xã hội", before!.NameAsOf);
            Assert.Equal("Phòng Văn hóa, Khoa học và Xã hội", after!.NameAsOf);
            Assert.Equal(2, after.Names.Count);
            Assert.Contains(after.Events, e => e.Kind == UnitEventKind.Renamed && e.EffectiveOn == renameOn);
            Assert.True(await tree.IsWithinAsync(s.SoNoiVu, s.Province, renameOn.AddDays(-1)));
            Assert.Equal(s.Province, (await sp.GetRequiredService<OrgTree>().ParentOfAsync(s.SoNoiVu, renameOn.AddDays(-1))));
            Assert.Equal(s.NewCommune, (await sp.GetRequiredService<OrgTree>().ParentOfAsync(s.SoNoiVu, renameOn)));
            await ResultAssert.Ok(Commands(sp).ReparentAsync(new ReparentUnitRequest(s.SoNoiVu, s.Province, renameOn.AddDays(-10))));
            Assert.Equal(s.Province, await sp.GetRequiredService<OrgTree>().ParentOfAsync(s.SoNoiVu, renameOn));
            Assert.Equal(2, (await q.DetailAsync(s.SoNoiVu, renameOn))!.Parents.Count);
            var tree2026 = await q.TreeAsync(renameOn);
            Assert.Equal("Phòng Văn hóa, Khoa học và Xã hội", tree2026.Single(n => n.Id == s.NewVhxh).Name);
        });
    }
}
