namespace ParPlan.Core.Labels;

/// <summary>Who signs a CCHC commitment with whom (DOMAIN §7.6, D0 I.7): a lower chair with the upper chair, or a steering
/// committee (BCĐ) member, or a unit head, with the chair.</summary>
public static class SignatoryPairLabels
{
    public const string CommuneWithProvince = "xa-tinh";
    public const string DistrictWithProvince = "huyen-tinh";
    public const string SteeringMemberWithChair = "bcd-chu-tich";
    public const string UnitHeadWithChair = "thu-truong-chu-tich";

    public static readonly IReadOnlyList<string> Codes = [CommuneWithProvince, DistrictWithProvince, SteeringMemberWithChair, UnitHeadWithChair];

    public static string Label(string? code) => code switch
    {
        CommuneWithProvince => "Chủ tịch UBND xã với Chủ tịch UBND tỉnh",
        DistrictWithProvince => "Chủ tịch UBND huyện với Chủ tịch UBND tỉnh",
        SteeringMemberWithChair => "Thành viên Ban Chỉ đạo CCHC với Chủ tịch UBND",
        UnitHeadWithChair => "Thủ trưởng cơ quan, đơn vị với Chủ tịch UBND",
        _ => "Chưa rõ bên ký",
    };

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
