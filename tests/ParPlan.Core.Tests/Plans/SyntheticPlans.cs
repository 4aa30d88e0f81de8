namespace ParPlan.Core.Tests.Plans;

/// <summary>Small plan texts in the shape of a text extraction, for behaviour tests.</summary>
public static class SyntheticPlans
{
    public const string Header = """
        ỦY BAN NHÂN DÂN
        XÃ AN BÌNH
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 12/KH-UBND    An Bình, ngày 10 tháng 01 năm 2025
        KẾ HOẠCH
        Cải cách hành chính xã An Bình năm 2025
        I. MỤC TIÊU, YÊU CẦU
        1. Mục tiêu
        - Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt tối thiểu 95%.
        II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH CỤ THỂ
        STT Nội dung thực hiện Công chức thực hiện Công chức phối hợp Thời gian hoàn thành
        """;

    public const string Footer = """
        III. TỔ CHỨC THỰC HIỆN
        1. Văn phòng UBND xã
        - Là cơ quan thường trực tham mưu UBND xã triển khai Kế hoạch này.
        Nơi nhận:
        """;

    /// <summary>A 5-column inline table: group I with 2 tasks, group II numbered 1, 3.</summary>
    public static string Plan(string tableBody = DefaultTable) => Header + "\n" + tableBody + "\n" + Footer;

    public const string DefaultTable = """
        I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
        1 Xây dựng kế hoạch cải cách hành chính năm 2025
        Văn phòng UBND xã
        Các công chức liên quan
        Quý I năm 2025
        2 Kiểm tra công tác cải cách hành chính
        Công chức Văn phòng - Thống kê
        Các công chức liên quan
        Trước ngày 30/11/2025
        II CẢI CÁCH THỂ CHẾ
        1 Rà soát văn bản quy phạm pháp luật
        Công chức Tư pháp - Hộ tịch
        Các công chức liên quan
        Thường xuyên
        3 Phổ biến, giáo dục pháp luật
        Công chức Tư pháp - Hộ tịch
        Các công chức liên quan
        Năm 2025
        """;
}
