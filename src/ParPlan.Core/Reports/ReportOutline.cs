namespace ParPlan.Core.Reports;

/// <summary>
/// The default outline of a CCHC report (DOMAIN §7.2; a reconstruction, editable): I. direction, II. results per area,
/// III. assessment, IV. next period, V. proposals; the statistical annex follows.
/// </summary>
public static class ReportOutline
{
    public static IReadOnlyList<OutlineSection> Default { get; } =
    [
        new("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", null,
        [
            new("I.1", "Kế hoạch cải cách hành chính", "direction"),
            new("I.2", "Kiểm tra cải cách hành chính"),
            new("I.3", "Tuyên truyền cải cách hành chính"),
            new("I.4", "Khảo sát, đo lường sự hài lòng"),
            new("I.5", "Sáng kiến, mô hình mới"),
            new("I.6", "Khắc phục hạn chế sau công bố Chỉ số cải cách hành chính"),
        ]),
        new("II", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", null,
        [
            new("II.1", "Cải cách thể chế", "institutions"),
            new("II.2", "Cải cách thủ tục hành chính", "procedures"),
            new("II.3", "Cải cách tổ chức bộ máy", "apparatus"),
            new("II.4", "Cải cách chế độ công vụ", "civil-service"),
            new("II.5", "Cải cách tài chính công", "public-finance"),
            new("II.6", "Xây dựng, phát triển chính quyền điện tử, chính quyền số", "digital-government"),
        ]),
        new("III", "ĐÁNH GIÁ CHUNG", null,
        [
            new("III.1", "Ưu điểm"),
            new("III.2", "Tồn tại, hạn chế và nguyên nhân"),
        ]),
        new("IV", "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"),
        new("V", "KIẾN NGHỊ, ĐỀ XUẤT"),
    ];
}
