namespace ParPlan.Features.Organisation;

public static class UnitKindExtensions
{
    public static bool IsGovernment(this UnitKind kind) =>
        kind is UnitKind.ProvinceGovernment or UnitKind.DistrictGovernment or UnitKind.CommuneGovernment;

    /// <summary>Display order among siblings: the government's own agencies first, subordinate governments last.</summary>
    public static int SortRank(this UnitKind kind) => kind switch
    {
        UnitKind.Office => 0,
        UnitKind.Department => 1,
        UnitKind.OneStopCentre => 2,
        UnitKind.PublicServiceUnit => 3,
        UnitKind.Position => 4,
        UnitKind.AdHocBody => 5,
        UnitKind.OutsideBody => 6,
        _ => 10 + (int)kind,
    };

    public static string DisplayName(this UnitKind kind) => kind switch
    {
        UnitKind.ProvinceGovernment => "UBND tỉnh",
        UnitKind.DistrictGovernment => "UBND huyện",
        UnitKind.CommuneGovernment => "UBND xã",
        UnitKind.Department => "Cơ quan chuyên môn",
        UnitKind.Office => "Văn phòng",
        UnitKind.OneStopCentre => "Bộ phận một cửa / TT PVHCC",
        UnitKind.PublicServiceUnit => "Đơn vị sự nghiệp",
        UnitKind.Position => "Chức danh",
        UnitKind.AdHocBody => "Tổ chức phối hợp liên ngành",
        UnitKind.OutsideBody => "Cơ quan ngoài hệ thống",
        _ => kind.ToString(),
    };

    public static string DisplayName(this UnitLevel level) => level switch
    {
        UnitLevel.National => "Trung ương",
        UnitLevel.Province => "Tỉnh",
        UnitLevel.District => "Huyện",
        UnitLevel.Commune => "Xã",
        UnitLevel.Agency => "Cơ quan",
        _ => level.ToString(),
    };
}
