using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Headers;

/// <summary>
/// Openings of documents as they reach the importer: official layouts (issuer and motto side by side, split or joined
/// by the extraction), the text of legal-document websites (a metadata table first, "|" between cells), plans, decisions
/// with a plan, reports, criteria sets and other documents, from ministries down to communes. Written for these tests.
/// </summary>
public static class DocumentOpenings
{
    private const string Body = "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao hiệu quả cải cách hành chính.\n";

    public static IReadOnlyList<DocumentOpening> All { get; } =
    [
        new("province plan, issuer and motto side by side",
            """
            ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH QUẢNG TRỊ           Độc lập - Tự do - Hạnh phúc
            Số: 257/KH-UBND          Quảng Trị, ngày 22 tháng 12 năm 2025
            KẾ HOẠCH
            Cải cách hành chính nhà nước tỉnh Quảng Trị năm 2026
            """ + Body, DocumentKind.Plan, GovernmentLevel.Province, "257/KH-UBND", new DateOnly(2025, 12, 22), "UBND tỉnh Quảng Trị"),
        new("website text: metadata table with | separators, then the document",
            """
            Số hiệu | 257/KH-UBND
            Loại văn bản | Kế hoạch
            Cơ quan ban hành | Ủy ban nhân dân tỉnh Quảng Trị
            Ngày ban hành | 22/12/2025
            Người ký | Hoàng Nam
            Kế hoạch 257/KH-UBND năm 2026 cải cách hành chính nhà nước tỉnh Quảng Trị
            ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
            Số: 257/KH-UBND | Quảng Trị, ngày 22 tháng 12 năm 2025
            KẾ HOẠCH
            Cải cách hành chính nhà nước tỉnh Quảng Trị năm 2026
            """ + Body, DocumentKind.Plan, GovernmentLevel.Province, "257/KH-UBND", new DateOnly(2025, 12, 22), "UBND tỉnh Quảng Trị"),
        new("website text: metadata with colons only",
            """
            Số hiệu: 12/KH-UBND
            Ngày ban hành: 05/01/2026
            Loại văn bản: Kế hoạch
            Cơ quan ban hành: UBND phường Đông Hà
            Tình trạng: Còn hiệu lực
            Cải cách hành chính phường Đông Hà năm 2026
            """ + Body, DocumentKind.Plan, GovernmentLevel.Commune, "12/KH-UBND", new DateOnly(2026, 1, 5), "UBND phường Đông Hà"),
        new("website text: leading and trailing pipes, key and value in cells",
            """
            | Số hiệu: | 38/KH-UBND | Ngày ban hành: | 09/01/2026 |
            | Loại văn bản: | Kế hoạch | Cơ quan ban hành: | Ủy ban nhân dân xã Hướng Hiệp |
            Kế hoạch 38/KH-UBND năm 2026 về cải cách hành chính trên địa bàn xã Hướng Hiệp
            """ + Body, DocumentKind.Plan, GovernmentLevel.Commune, "38/KH-UBND", new DateOnly(2026, 1, 9), "UBND xã Hướng Hiệp"),
        new("number split over two lines, date line after the motto",
            """
            ỦY BAN NHÂN DÂN
            PHƯỜNG ĐÔNG HÀ
            Số: 45/KH-
            UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Đông Hà, ngày 10 tháng 01 năm 2026
            KẾ HOẠCH
            Cải cách hành chính năm 2026
            """ + Body, DocumentKind.Plan, GovernmentLevel.Commune, "45/KH-UBND", new DateOnly(2026, 1, 10), "UBND phường Đông Hà"),
        new("issuer, motto and number joined on long lines",
            """
            ỦY BAN NHÂN DÂN XÃ CỬA TÙNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc Số: 03/KH-UBND Cửa Tùng, ngày 08 tháng 01 năm 2026
            KẾ HOẠCH
            Cải cách hành chính xã Cửa Tùng năm 2026
            """ + Body, DocumentKind.Plan, GovernmentLevel.Commune, "03/KH-UBND", new DateOnly(2026, 1, 8), "UBND xã Cửa Tùng"),
        new("district report",
            """
            UBND HUYỆN GIO LINH
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 301/BC-UBND
            Gio Linh, ngày 5 tháng 12 năm 2024
            BÁO CÁO
            Kết quả thực hiện công tác cải cách hành chính năm 2024
            """ + Body, DocumentKind.Report, GovernmentLevel.District, "301/BC-UBND", new DateOnly(2024, 12, 5), "UBND huyện Gio Linh"),
        new("province decision issuing a plan",
            """
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG BÌNH
            Số: 3300/QĐ-UBND
            Quảng Bình, ngày 25 tháng 12 năm 2025
            QUYẾT ĐỊNH
            Ban hành Kế hoạch cải cách hành chính nhà nước năm 2026
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính nhà nước năm 2026.
            """, DocumentKind.DecisionWithPlan, GovernmentLevel.Province, "3300/QĐ-UBND", new DateOnly(2025, 12, 25), "UBND tỉnh Quảng Bình"),
        new("province decision issuing a criteria set",
            """
            ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH HÀ TĨNH             Độc lập - Tự do - Hạnh phúc
            Số: 512/QĐ-UBND          Hà Tĩnh, ngày 03 tháng 3 năm 2026
            QUYẾT ĐỊNH
            Ban hành Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính
            của các sở, ban, ngành và UBND cấp xã
            """ + Body, DocumentKind.Criteria, GovernmentLevel.Province, "512/QĐ-UBND", new DateOnly(2026, 3, 3), "UBND tỉnh Hà Tĩnh"),
        new("ministry index set",
            """
            BỘ NỘI VỤ
            Số: 1250/QĐ-BNV
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 30 tháng 12 năm 2025
            BỘ CHỈ SỐ
            Theo dõi, đánh giá cải cách hành chính của các bộ, cơ quan ngang bộ
            """ + Body, DocumentKind.Criteria, GovernmentLevel.National, "1250/QĐ-BNV", new DateOnly(2025, 12, 30), "Bộ Nội vụ"),
        new("criteria given as a regulation",
            """
            UBND TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            | Độc lập - Tự do - Hạnh phúc
            QUY ĐỊNH
            Tiêu chí đánh giá, chấm điểm xác định Chỉ số cải cách hành chính cấp xã
            (Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 14 tháng 01 năm 2026 của UBND tỉnh Nghệ An)
            """ + Body, DocumentKind.Criteria, GovernmentLevel.Province, "88/QĐ-UBND", new DateOnly(2026, 1, 14), "UBND tỉnh Nghệ An"),
        new("ministry scheme fixing the PAR index",
            """
            BỘ NỘI VỤ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc
            ĐỀ ÁN
            Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ,
            Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương
            (Ban hành kèm theo Quyết định số 876/QĐ-BNV ngày 10 tháng 11 năm 2025 của Bộ trưởng Bộ Nội vụ)
            """ + Body, DocumentKind.Criteria, GovernmentLevel.National, "876/QĐ-BNV", new DateOnly(2025, 11, 10), "Bộ Nội vụ"),
        new("department official letter under the province",
            """
            UBND TỈNH QUẢNG TRỊ       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ NỘI VỤ                 Độc lập - Tự do - Hạnh phúc
            Số: 1234/SNV-CCHC         Quảng Trị, ngày 3 tháng 3 năm 2026
            V/v triển khai đánh giá Chỉ số cải cách hành chính năm 2025
            Kính gửi: Các sở, ban, ngành cấp tỉnh
            """, DocumentKind.Other, GovernmentLevel.Agency, "1234/SNV-CCHC", new DateOnly(2026, 3, 3), "Sở Nội vụ"),
        new("prime minister decision with a plan",
            """
            THỦ TƯỚNG CHÍNH PHỦ
            -------
            Số: 1291/QĐ-TTg
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Hà Nội, ngày 07 tháng 10 năm 2025
            QUYẾT ĐỊNH
            PHÊ DUYỆT KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN 2026 - 2030
            THỦ TƯỚNG CHÍNH PHỦ
            """ + Body, DocumentKind.DecisionWithPlan, GovernmentLevel.National, "1291/QĐ-TTg", new DateOnly(2025, 10, 7), "Thủ tướng Chính phủ"),
        new("government office report",
            """
            VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            | Độc lập - Tự do - Hạnh phúc
            Số: 77/BC-VPCP | Hà Nội, ngày 15 tháng 01 năm 2026
            BÁO CÁO
            Tình hình thực hiện cải cách thủ tục hành chính năm 2025
            """ + Body, DocumentKind.Report, GovernmentLevel.National, "77/BC-VPCP", new DateOnly(2026, 1, 15), "Văn phòng Chính phủ"),
        new("government steering committee plan",
            """
            BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ
            Số: 02/KH-BCĐCCHC
            Hà Nội, ngày 20 tháng 02 năm 2026
            KẾ HOẠCH
            Hoạt động của Ban Chỉ đạo cải cách hành chính của Chính phủ năm 2026
            """ + Body, DocumentKind.Plan, GovernmentLevel.National, "02/KH-BCĐCCHC", new DateOnly(2026, 2, 20), "Ban Chỉ đạo cải cách hành chính của Chính phủ"),
        new("office of the provincial people's committee",
            """
            UBND TỈNH QUẢNG TRỊ
            VĂN PHÒNG
            Số: 15/KH-VP
            Quảng Trị, ngày 12 tháng 01 năm 2026
            KẾ HOẠCH
            Cải cách hành chính năm 2026 của Văn phòng UBND tỉnh
            """ + Body, DocumentKind.Plan, GovernmentLevel.Agency, "15/KH-VP", new DateOnly(2026, 1, 12), "Văn phòng UBND tỉnh Quảng Trị"),
        new("department plan with a blank number and day",
            """
            UBND TỈNH QUẢNG TRỊ
            SỞ TƯ PHÁP
            Số:      /KH-STP
            Quảng Trị, ngày      tháng 01 năm 2026
            KẾ HOẠCH
            Cải cách hành chính năm 2026 của Sở Tư pháp
            """ + Body, DocumentKind.Plan, GovernmentLevel.Agency, null, null, "Sở Tư pháp"),
        new("special zone",
            """
            ỦY BAN NHÂN DÂN
            ĐẶC KHU CỒN CỎ
            Số: 09/KH-UBND
            Cồn Cỏ, ngày 14 tháng 01 năm 2026
            KẾ HOẠCH
            Cải cách hành chính năm 2026
            """ + Body, DocumentKind.Plan, GovernmentLevel.Commune, "09/KH-UBND", new DateOnly(2026, 1, 14), "UBND đặc khu Cồn Cỏ"),
        new("city under a province is a district",
            """
            UBND THÀNH PHỐ ĐÔNG HÀ
            Số: 20/KH-UBND
            Đông Hà, ngày 02 tháng 02 năm 2024
            KẾ HOẠCH
            Cải cách hành chính năm 2024
            """ + Body, DocumentKind.Plan, GovernmentLevel.District, "20/KH-UBND", new DateOnly(2024, 2, 2), "UBND thành phố Đông Hà"),
        new("city under the central government is a province",
            """
            ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
            Số: 05/KH-UBND
            Hà Nội, ngày 06 tháng 01 năm 2026
            KẾ HOẠCH
            Cải cách hành chính nhà nước thành phố Hà Nội năm 2026
            """ + Body, DocumentKind.Plan, GovernmentLevel.Province, "05/KH-UBND", new DateOnly(2026, 1, 6), "UBND thành phố Hà Nội"),
        new("government resolution is another kind of document",
            """
            CHÍNH PHỦ
            Số: 76/NQ-CP
            Hà Nội, ngày 15 tháng 7 năm 2021
            NGHỊ QUYẾT
            Về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030
            """ + Body, DocumentKind.Other, GovernmentLevel.National, "76/NQ-CP", new DateOnly(2021, 7, 15), "Chính phủ"),
        new("commune plan whose date line comes after the title",
            """
            ỦY BAN NHÂN DÂN XÃ HẢI LĂNG
            Số: 11/KH-UBND
            KẾ HOẠCH
            Cải cách hành chính xã Hải Lăng năm 2026
            Hải Lăng, ngày 16 tháng 01 năm 2026
            """ + Body, DocumentKind.Plan, GovernmentLevel.Commune, "11/KH-UBND", new DateOnly(2026, 1, 16), "UBND xã Hải Lăng"),
        new("website text of a district report: type from the metadata",
            """
            Số hiệu	145/BC-UBND
            Loại văn bản	Báo cáo
            Ngày ban hành	20/06/2025
            Cơ quan ban hành	Ủy ban nhân dân huyện Triệu Phong
            Báo cáo 145/BC-UBND kết quả cải cách hành chính 6 tháng đầu năm 2025
            """ + Body, DocumentKind.Report, GovernmentLevel.District, "145/BC-UBND", new DateOnly(2025, 6, 20), "UBND huyện Triệu Phong"),
    ];
}
