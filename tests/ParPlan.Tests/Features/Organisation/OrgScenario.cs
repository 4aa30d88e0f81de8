using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Organisation;

/// <summary>A small province before and after 1/7/2025: a district with two communes merged into a new commune,
/// the district abolished. Built through <see cref="OrgCommands"/> like an administrator would.</summary>
public sealed record OrgScenario(
    Guid Province,
    Guid SoNoiVu,
    Guid District,
    Guid PhongNoiVu,
    Guid VinhChap,
    Guid HoXa,
    Guid VinhChapOffice,
    Guid NewCommune,
    Guid NewVhxh)
{
    public static readonly DateOnly Reform = new(2025, 7, 1);
    public static readonly DateOnly Before = new(2025, 6, 30);

    public static async Task<OrgScenario> BuildAsync(TestDatabase database) =>
        await database.InScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrgCommands>();
            async Task<Guid> Unit(string code, string name, UnitKind kind, UnitLevel level, Guid? parent, DateOnly? from, params string[] aliases) =>
                await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest(code, name, kind, level, parent, from, aliases)));

            var province = await Unit("T", "UBND tỉnh Quảng Trị", UnitKind.ProvinceGovernment, UnitLevel.Province, null, null);
            var snv = await Unit("T.SNV", "Sở Nội vụ", UnitKind.Department, UnitLevel.Agency, province, null);
            var district = await Unit("T.H1", "UBND huyện Vĩnh Linh", UnitKind.DistrictGovernment, UnitLevel.District, province, new DateOnly(1990, 1, 1));
            var pnv = await Unit("T.H1.PNV", "Phòng Nội vụ", UnitKind.Department, UnitLevel.Agency, district, new DateOnly(1990, 1, 1));
            var vinhChap = await Unit("T.H1.X1", "UBND xã Vĩnh Chấp", UnitKind.CommuneGovernment, UnitLevel.Commune, district, new DateOnly(1990, 1, 1));
            var hoXa = await Unit("T.H1.X2", "UBND thị trấn Hồ Xá", UnitKind.CommuneGovernment, UnitLevel.Commune, district, new DateOnly(1990, 1, 1));
            var office = await Unit("T.H1.X1.VP", "Công chức Văn phòng - Thống kê", UnitKind.Position, UnitLevel.Commune, vinhChap, new DateOnly(1990, 1, 1),
                "Công chức Văn phòng UBND xã", "Văn phòng HĐND & UBND xã");
            var newCommune = await Unit("T.X1", "UBND xã Vĩnh Linh", UnitKind.CommuneGovernment, UnitLevel.Commune, province, Reform);
            var vhxh = await Unit("T.X1.VHXH", "Phòng Văn hoá – Xã hội", UnitKind.Department, UnitLevel.Agency, newCommune, Reform);

            await ResultAssert.Ok(org.DesignateStandingAgencyAsync(new DesignateStandingAgencyRequest(district, pnv, new DateOnly(1990, 1, 1))));
            await ResultAssert.Ok(org.MergeAsync(new MergeUnitsRequest([vinhChap, hoXa], newCommune, Reform, "NQ sắp xếp ĐVHC cấp xã")));
            await ResultAssert.Ok(org.AbolishAsync(new AbolishUnitRequest(district, Reform, "Kết thúc hoạt động cấp huyện")));
            return new OrgScenario(province, snv, district, pnv, vinhChap, hoXa, office, newCommune, vhxh);
        });
}
