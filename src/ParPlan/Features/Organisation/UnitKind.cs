using System.Text.Json.Serialization;

namespace ParPlan.Features.Organisation;

/// <summary>What a unit is. Governments issue plans; the others carry tasks.</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum UnitKind
{
    /// <summary>UBND tỉnh.</summary>
    ProvinceGovernment,

    /// <summary>UBND huyện (abolished 1/7/2025).</summary>
    DistrictGovernment,

    /// <summary>UBND xã / phường / thị trấn.</summary>
    CommuneGovernment,

    /// <summary>Sở, phòng, ban: a specialised agency (cơ quan chuyên môn).</summary>
    Department,

    /// <summary>Văn phòng UBND / Văn phòng HĐND và UBND.</summary>
    Office,

    /// <summary>Bộ phận Một cửa / Trung tâm Phục vụ hành chính công.</summary>
    OneStopCentre,

    /// <summary>Đơn vị sự nghiệp công lập (ĐVSN).</summary>
    PublicServiceUnit,

    /// <summary>An individual civil-servant title (chức danh), e.g. "Công chức Tư pháp - Hộ tịch".</summary>
    Position,

    /// <summary>BCĐ CCHC, Đoàn kiểm tra: members from several units, a lifetime.</summary>
    AdHocBody,

    /// <summary>HĐND, Đảng ủy, UBMTTQ: supervise, are asked, never assigned.</summary>
    OutsideBody,
}
