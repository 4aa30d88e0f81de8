using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Headers;

/// <summary>
/// Openings whose facts sit where a narrow block or a website put them: every header cell joined on one line with
/// dashes, the body's name wrapped onto a line beginning "CỦA", a date line cut before the year, a website's combined
/// "Cơ quan ban hành/ Chức danh / Người ký" cell, a guidance document titled by the criteria set it gives, a city's
/// committee after the district level ended, a place name ending in a number, and a decision approving a year's index
/// results. Names and numbers are invented for these tests.
/// </summary>
public static class JoinedAndWrappedOpenings
{
    private const string Body = "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao hiệu quả cải cách hành chính.\n";

    public static IReadOnlyList<DocumentOpening> All { get; } =
    [
        new("issuer, motto and number joined on one line with dashes",
            """
            ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc - Số: 17/KH-UBND
            KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH PHƯỜNG AN LẠC NĂM 2027
            An Lạc, ngày 08 tháng 01 năm 2027
            """ + Body, DocumentKind.Plan, GovernmentLevel.Commune, "17/KH-UBND", new DateOnly(2027, 1, 8), "UBND phường An Lạc"),
        new("the Government's steering committee, its name wrapped onto a line beginning 'CỦA'",
            """
            BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH
            CỦA CHÍNH PHỦ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 03/KH-BCĐCCHC
            Hà Nội, ngày 15 tháng 01 năm 2027
            KẾ HOẠCH
            Hoạt động của Ban Chỉ đạo cải cách hành chính của Chính phủ năm 2027
            """ + Body, DocumentKind.Plan, GovernmentLevel.National, "03/KH-BCĐCCHC", new DateOnly(2027, 1, 15),
            "Ban Chỉ đạo cải cách hành chính của Chính phủ"),
        new("date line cut before the year",
            """
            UBND TỈNH
            NAM HOÀI
            SỞ TƯ PHÁP
            Số: 14/KH-STP
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA
            VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Nam Hoài, ngày 16 tháng 01
            năm 2027
            KẾ HOẠCH
            Cải cách hành chính năm 2027
            """ + Body, DocumentKind.Plan, GovernmentLevel.Agency, "14/KH-STP", new DateOnly(2027, 1, 16), "Sở Tư pháp"),
        new("website cell 'Cơ quan ban hành/ Chức danh / Người ký'",
            """
            | Số ký hiệu văn bản | 77/BC-UBND |
            | Ngày ban hành | 18/03/2027 |
            | Loại văn bản | Báo cáo |
            | Cơ quan ban hành/ Chức danh / Người ký | Ủy ban nhân dân tỉnh Gia Phong / Phó Chủ tịch / Nguyễn Thị Hạnh |
            ỦY BAN NHÂN DÂN TỈNH GIA PHONG
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 77/BC-UBND Gia Phong, ngày 18 tháng 3 năm 2027
            BÁO CÁO
            Tình hình, kết quả thực hiện công tác cải cách hành chính quý I năm 2027
            """ + Body, DocumentKind.Report, GovernmentLevel.Province, "77/BC-UBND", new DateOnly(2027, 3, 18), "UBND tỉnh Gia Phong"),
        new("guidance titled by the criteria set it gives",
            """
            UBND TỈNH THANH VÂN
            SỞ NỘI VỤ
            Số: 230/HD-SNV
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Thanh Vân, ngày 06 tháng 02 năm 2027
            HƯỚNG DẪN
            Bộ tiêu chí đánh giá, chấm điểm Chỉ số cải cách hành chính cấp xã năm 2027
            """ + Body, DocumentKind.Criteria, GovernmentLevel.Agency, "230/HD-SNV", new DateOnly(2027, 2, 6), "Sở Nội vụ"),
        new("a city's committee in 2027: a city under the central government",
            """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ ĐÀ GIANG
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 19/KH-UBND
            Đà Giang, ngày 22 tháng 01 năm 2027
            KẾ HOẠCH
            Cải cách hành chính nhà nước thành phố Đà Giang năm 2027
            """ + Body, DocumentKind.Plan, GovernmentLevel.Province, "19/KH-UBND", new DateOnly(2027, 1, 22), "UBND thành phố Đà Giang"),
        new("a city's committee in 2024: a city under a province",
            """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ ĐÀ GIANG
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 11/KH-UBND
            Đà Giang, ngày 10 tháng 01 năm 2024
            KẾ HOẠCH
            Cải cách hành chính thành phố Đà Giang năm 2024
            """ + Body, DocumentKind.Plan, GovernmentLevel.District, "11/KH-UBND", new DateOnly(2024, 1, 10), "UBND thành phố Đà Giang"),
        new("a place name ending in a number on the date line",
            """
            ỦY BAN NHÂN DÂN
            QUẬN 3
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 88/KH-UBND
            Quận 3, ngày 15 tháng 01 năm 2024
            KẾ HOẠCH
            Cải cách hành chính Quận 3 năm 2024
            """ + Body, DocumentKind.Plan, GovernmentLevel.District, "88/KH-UBND", new DateOnly(2024, 1, 15)),
        new("a decision approving a year's index results, not a criteria set",
            """
            ỦY BAN NHÂN DÂN
            TỈNH KIM SƠN
            Số: 356/QĐ-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Kim Sơn, ngày 10 tháng 3 năm 2027
            QUYẾT ĐỊNH
            Phê duyệt kết quả Chỉ số cải cách hành chính năm 2026 của các sở, ban, ngành và UBND các xã, phường
            """ + Body, DocumentKind.Other, GovernmentLevel.Province, "356/QĐ-UBND", new DateOnly(2027, 3, 10), "UBND tỉnh Kim Sơn"),
    ];
}
