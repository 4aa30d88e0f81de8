using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Organisation;

public class OrgGroupsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Groups_resolve_to_their_members_at_a_date(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);

        await database.InScopeAsync(async sp =>
        {
            var groups = sp.GetRequiredService<OrgGroups>();
            var communes = await ResultAssert.Ok(groups.CreateAsync(new CreateGroupRequest("T.H1.G.XA", "UBND các xã, thị trấn", s.District,
                GroupRule.KindsUnderGovernment, [UnitKind.CommuneGovernment], false, ["UBND cấp xã", "UBND Cấp xã"])));
            var agencies = await ResultAssert.Ok(groups.CreateAsync(new CreateGroupRequest("T.H1.G.CQCM", "Các cơ quan chuyên môn thuộc huyện", s.District,
                GroupRule.KindsUnderGovernment, [UnitKind.Department, UnitKind.Office, UnitKind.PublicServiceUnit])));
            var open = await ResultAssert.Ok(groups.CreateAsync(new CreateGroupRequest("T.H1.G.LQ", "Các phòng ban liên quan", s.District, GroupRule.Open)));
            var team = await ResultAssert.Ok(groups.CreateAsync(new CreateGroupRequest("T.G.DKT", "Đoàn kiểm tra CCHC", s.Province, GroupRule.Explicit)));
            await ResultAssert.Ok(groups.AddMemberAsync(new AddGroupMemberRequest(team, s.SoNoiVu, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31))));
            await ResultAssert.Ok(groups.AddMemberAsync(new AddGroupMemberRequest(team, s.NewVhxh)));

            Assert.Equal(new[] { s.VinhChap, s.HoXa }.Order(), ResultAssert.Ok(await groups.ResolveAsync(communes, OrgScenario.Before)).Order());
            Assert.Empty(ResultAssert.Ok(await groups.ResolveAsync(communes, OrgScenario.Reform)));
            Assert.Equal([s.PhongNoiVu], ResultAssert.Ok(await groups.ResolveAsync(agencies, OrgScenario.Before)));
            Assert.Empty(ResultAssert.Ok(await groups.ResolveAsync(open, OrgScenario.Before)));
            Assert.Equal(new[] { s.SoNoiVu, s.NewVhxh }.Order(), ResultAssert.Ok(await groups.ResolveAsync(team, new DateOnly(2025, 10, 1))).Order());
            Assert.Equal([s.NewVhxh], ResultAssert.Ok(await groups.ResolveAsync(team, new DateOnly(2025, 11, 1))));
            Assert.Equal([communes], await groups.FindGroupsAsync("ubnd cap xa"));
            Assert.Equal("not-found", (await groups.ResolveAsync(Guid.NewGuid(), OrgScenario.Before)).Error?.Code);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Aliases_match_accent_insensitively_among_units_valid_on_the_date(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);

        await database.InScopeAsync(async sp =>
        {
            var groups = sp.GetRequiredService<OrgGroups>();
            Assert.Equal([s.NewVhxh], await groups.FindUnitsAsync("phong van hoa - xa hoi", OrgScenario.Reform));
            Assert.Equal([s.NewVhxh], await groups.FindUnitsAsync("Phòng Văn hóa-Xã hội", OrgScenario.Reform, s.NewCommune));
            Assert.Empty(await groups.FindUnitsAsync("Phòng Văn hoá – Xã hội", OrgScenario.Before));
            Assert.Equal([s.VinhChapOffice], await groups.FindUnitsAsync("Văn phòng HĐND & UBND xã", OrgScenario.Before));
            Assert.Empty(await groups.FindUnitsAsync("Văn phòng HĐND & UBND xã", OrgScenario.Before, s.HoXa));

            var org = sp.GetRequiredService<OrgCommands>();
            await ResultAssert.Ok(org.AddAliasAsync(s.NewVhxh, "Phòng VH-XH xã"));
            Assert.Equal("conflict", (await org.AddAliasAsync(s.NewVhxh, "phong vh-xh xa")).Error?.Code);
            Assert.Equal([s.NewVhxh], await groups.FindUnitsAsync("PHÒNG VH - XH XÃ", OrgScenario.Reform));
        });
    }

    [Theory]
    [InlineData("Phòng Văn hoá – Xã hội", "phong van hoa-xa hoi")]
    [InlineData("  ĐOÀN   Kiểm tra  ", "doan kiem tra")]
    [InlineData("Công chức Tư pháp - Hộ tịch", "cong chuc tu phap-ho tich")]
    [InlineData("UBND Cấp xã", "ubnd cap xa")]
    [InlineData("UBND các xã,thị trấn;", "ubnd cac xa, thi tran")]
    [InlineData("UBND các xã , thị trấn", "ubnd cac xa, thi tran")]
    public void Text_key_folds_case_accents_dashes_and_spaces(string text, string key) =>
        Assert.Equal(key, TextKey.For(text));
}

public class OrgSuccessionsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Work_of_an_ended_unit_goes_to_its_successors_followed_through_later_changes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var s = await OrgScenario.BuildAsync(database);
        var later = new DateOnly(2027, 1, 1);

        await database.InScopeAsync(async sp =>
        {
            var successions = sp.GetRequiredService<OrgSuccessions>();
            var org = sp.GetRequiredService<OrgCommands>();
            await ResultAssert.Ok(successions.RecordAsync(s.PhongNoiVu, s.NewVhxh, OrgScenario.Reform, "Bảng đối chiếu nhiệm vụ D0 → D2"));
            var refused = await successions.RecordAsync(s.SoNoiVu, s.NewVhxh, OrgScenario.Reform);
            var bigger = await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest("T.X9", "UBND xã Vĩnh Linh mới", UnitKind.CommuneGovernment, UnitLevel.Commune, s.Province, later)));
            await ResultAssert.Ok(org.MergeAsync(new MergeUnitsRequest([s.NewCommune], bigger, later)));

            Assert.Equal("invalid", refused.Error?.Code);
            Assert.Equal([s.VinhChap], await successions.SuccessorsOnAsync(s.VinhChap, OrgScenario.Before));
            Assert.Equal([s.NewCommune], await successions.SuccessorsOnAsync(s.VinhChap, OrgScenario.Reform));
            Assert.Equal([bigger], await successions.SuccessorsOnAsync(s.HoXa, later));
            Assert.Equal([s.NewVhxh], await successions.SuccessorsOnAsync(s.PhongNoiVu, OrgScenario.Reform));
            Assert.Empty(await successions.SuccessorsOnAsync(s.VinhChapOffice, OrgScenario.Reform));
        });
    }
}
