using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Headers;

/// <summary>
/// Openings as reprinted by legal-document websites and official news pages, in the shapes met on real documents
/// the importer had never seen: numbers with a year part, a number or date line cut after "Số:" or after the day, a
/// title word cut in two, two metadata cells on one line, the issuer named only by its place, an issuer block that
/// prints no unit, a news sentence, an older title line. Names and numbers are invented for these tests.
/// </summary>
public static class ReprintedOpenings
{
    private const string Body = "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao hiệu quả cải cách hành chính.\n";

    public static IReadOnlyList<DocumentOpening> All { get; } =
    [
        new("number with a year part, number and date cut after 'Số:' and after the day, title word cut in two",
            """
            ỦY BAN NHÂN DÂN
            TỈNH LAM SƠN
            -------
            |
            CỘNG HÒA XÃ HỘI
            CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            |
            Số:
            07/2026/QĐ-UBND
            |
            Lam Sơn, ngày 12
            tháng 02 năm 2026
            |
            QUYẾT
            ĐỊNH
            BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH LAM SƠN
            """ + Body, DocumentKind.Other, GovernmentLevel.Province, "07/2026/QĐ-UBND", new DateOnly(2026, 2, 12), "UBND tỉnh Lam Sơn"),
        new("blank number and day on lines cut after 'Số:' and 'ngày'",
            """
            UBND TỈNH LAM SƠN
            SỞ NỘI VỤ
            |
            Số:
            /KH-SNV
            |
            Lam Sơn, ngày
            tháng 02 năm 2026
            |
            KẾ HOẠCH
            Cải cách hành chính năm 2026 của Sở Nội vụ
            """ + Body, DocumentKind.Plan, GovernmentLevel.Agency, null, null, "Sở Nội vụ"),
        new("a draft report, its commune's level word on a line of its own, blank number and day",
            """
            ỦY BAN NHÂN DÂN
            PHƯỜNG
            BẾN MỚI

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Số:      /BC-UBND
                    Bến Mới, ngày       tháng 01 năm 2026
                 DỰ THẢO BÁO CÁO
            Kết quả cải cách hành chính năm 2025 của phường Bến Mới
            """ + Body, DocumentKind.Report, GovernmentLevel.Commune, null, null, "UBND phường Bến Mới"),
        new("date line with the date in figures",
            """
            ỦY BAN NHÂN DÂN XÃ BẾN MỚI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 40/BC-UBND | Bến Mới, ngày 18/6/2026 |
            BÁO CÁO
            Kết quả cải cách hành chính 6 tháng đầu năm 2026
            """ + Body, DocumentKind.Report, GovernmentLevel.Commune, "40/BC-UBND", new DateOnly(2026, 6, 18), "UBND xã Bến Mới"),
        new("date cut after 'ngày', title word cut in two over a criteria subject",
            """
            ỦY BAN NHÂN DÂN
            TỈNH BẢO AN
            |
            Số: 410/QĐ-UBND
            |
            Bảo An, ngày
            03 tháng 3 năm 2026
            |
            QUYẾT
            ĐỊNH
            VỀ
            VIỆC BAN HÀNH QUY ĐỊNH THEO DÕI, ĐÁNH GIÁ VÀ BỘ CHỈ SỐ CẢI CÁCH
            HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH
            """ + Body, DocumentKind.Criteria, GovernmentLevel.Province, "410/QĐ-UBND", new DateOnly(2026, 3, 3), "UBND tỉnh Bảo An"),
        new("decision attaching a regulation, not a plan",
            """
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 21/2026/QĐ-UBND | Cảng Đông, ngày 09 tháng 4 năm 2026 |
            QUYẾT ĐỊNH
            BAN HÀNH QUY ĐỊNH VỀ TRÁCH NHIỆM CỦA NGƯỜI ĐỨNG ĐẦU TRONG CẢI CÁCH HÀNH CHÍNH
            ỦY BAN NHÂN DÂN THÀNH PHỐ CẢNG ĐÔNG
            Căn cứ Luật Tổ chức chính quyền địa phương;
            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Quy định về trách nhiệm của người đứng đầu.
            """, DocumentKind.Other, GovernmentLevel.Province, "21/2026/QĐ-UBND", new DateOnly(2026, 4, 9), "UBND thành phố Cảng Đông"),
        new("website metadata: two cells to a line, the issuer named by its place",
            """
            Số hiệu: 52/QĐ-UBND Loại văn bản: Quyết định
            Nơi ban hành: Tỉnh Bảo An Người ký: Trần Văn Bình
            Ngày ban hành: 14/01/2026 Ngày hiệu lực: Đã biết
            Tình trạng: Đã biết
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẢO AN
            Căn cứ Luật Tổ chức chính quyền địa phương;
            """, DocumentKind.Other, GovernmentLevel.Province, "52/QĐ-UBND", new DateOnly(2026, 1, 14), "UBND tỉnh Bảo An"),
        new("website metadata in a pipe table naming the issuer by its place",
            """
            | Số hiệu | 88/KH-UBND |
            | Ngày ban hành | 30/12/2025 |
            | Loại văn bản | Kế hoạch |
            | Cơ quan ban hành | Huyện Đồng Lư |
            CẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN HUYỆN NĂM 2026
            """ + Body, DocumentKind.Plan, GovernmentLevel.District, "88/KH-UBND", new DateOnly(2025, 12, 30), "UBND huyện Đồng Lư"),
        new("issuer block without its unit line: the body names the committee, the date line the place",
            """
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 960/KH-UBND | Lam Sơn, ngày 20 tháng 10 năm 2025 |
            Căn cứ Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh về Chỉ số cải cách hành chính;
            Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai xác định Chỉ số cải cách hành chính năm 2025, cụ thể như sau:
            1. Mục tiêu
            """, DocumentKind.Plan, GovernmentLevel.Province, "960/KH-UBND", new DateOnly(2025, 10, 20), "UBND tỉnh Lam Sơn"),
        new("issuer block without its unit line and no title word: the title names the area",
            """
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 31/KH-UBND | Đồng Lư, ngày 05 tháng 02 năm 2026 |
            RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH NĂM 2026 TRÊN ĐỊA BÀN HUYỆN ĐỒNG LƯ
            Thực hiện Nghị định số 63/2010/NĐ-CP của Chính phủ;
            """ + Body, DocumentKind.Plan, GovernmentLevel.District, "31/KH-UBND", new DateOnly(2026, 2, 5), "UBND huyện Đồng Lư"),
        new("news item on an official site",
            """
            KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026
            Ngày 12 tháng 3 năm 2026, Ủy ban nhân dân phường Bến Mới đã ban hành Kế hoạch số 33/KH-UBND về cải cách hành chính năm 2026 trên địa bàn phường
            UBND phường Bến Mới ban hành Kế hoạch cải cách hành chính năm 2026, cụ thể như sau:
            """ + Body, DocumentKind.Plan, GovernmentLevel.Commune, "33/KH-UBND", new DateOnly(2026, 3, 12), "UBND phường Bến Mới"),
        new("older title line naming signer, number and date",
            """
            QUYẾT ĐỊNH
            CỦA BỘ TRƯỞNG BỘ NỘI VỤ SỐ 15/QĐ-BNV NGÀY 05 THÁNG 02 NĂM 2026
            VỀ VIỆC BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA BỘ NỘI VỤ
            BỘ TRƯỞNG BỘ NỘI VỤ
            Căn cứ Nghị định quy định chức năng, nhiệm vụ của Bộ Nội vụ;
            """, DocumentKind.DecisionWithPlan, GovernmentLevel.National, "15/QĐ-BNV", new DateOnly(2026, 2, 5), "Bộ Nội vụ"),
        new("issuer block beside the motto and the date line, apart by spaces only, its names wrapped in a narrow block",
            """
             ỦY BAN NHÂN DÂN TỈNH ĐÔNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                   NAM                              Độc lập - Tự do - Hạnh phúc
               SỞ THÔNG TIN VÀ TRUYỀN                Đông Nam, ngày 14 tháng 01 năm 2027
                     THÔNG
                 Số: 09/KH-STTTT

                                        KẾ HOẠCH
                        Cải cách hành chính năm 2027 của Sở Thông tin và Truyền thông
            """ + Body, DocumentKind.Plan, GovernmentLevel.Agency, "09/KH-STTTT", new DateOnly(2027, 1, 14), "Sở Thông tin và Truyền thông"),
        new("issuer names wrapped in a narrow block, one line each",
            """
            ỦY BAN NHÂN DÂN TỈNH ĐÔNG
            NAM
            BAN QUẢN LÝ CÁC KHU CÔNG
            NGHIỆP
            Số: 10/KH-BQL
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Đông Nam, ngày 15 tháng 01 năm 2027
            KẾ HOẠCH
            Cải cách hành chính năm 2027
            """ + Body, DocumentKind.Plan, GovernmentLevel.Agency, "10/KH-BQL", new DateOnly(2027, 1, 15), "Ban quản lý các khu công nghiệp"),
        new("the motto wrapped beside the issuer block, its last word on the next line",
            """
                 ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
                PHƯỜNG TÂY LỘC                                     NAM
                  Số: 05/KH-UBND                        Độc lập - Tự do - Hạnh phúc
                                               Tây Lộc, ngày 11 tháng 01 năm 2027

                                         KẾ HOẠCH
                      Thực hiện công tác cải cách hành chính năm 2027
            """ + Body, DocumentKind.Plan, GovernmentLevel.Commune, "05/KH-UBND", new DateOnly(2027, 1, 11), "UBND phường Tây Lộc"),
        new("a committee line wrapped before a unit line of its own",
            """
            UBND HUYỆN SÔNG
            MÂY
            PHÒNG NỘI VỤ
            Số: 04/KH-PNV
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Sông Mây, ngày 06 tháng 01 năm 2027
            KẾ HOẠCH
            Cải cách hành chính năm 2027
            """ + Body, DocumentKind.Plan, GovernmentLevel.District, "04/KH-PNV", new DateOnly(2027, 1, 6), "UBND huyện Sông Mây"),
    ];
}
