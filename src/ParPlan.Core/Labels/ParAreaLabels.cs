namespace ParPlan.Core.Labels;

/// <summary>The one home of the PAR INDEX owner areas' Vietnamese names (the eight fields of the provincial index).</summary>
public static class ParAreaLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("direction", "Công tác chỉ đạo, điều hành CCHC"),
        ("institutions", "Cải cách thể chế"),
        ("procedures", "Cải cách thủ tục hành chính"),
        ("apparatus", "Cải cách tổ chức bộ máy"),
        ("civil-service", "Cải cách chế độ công vụ"),
        ("public-finance", "Cải cách tài chính công"),
        ("digital-government", "Xây dựng chính quyền điện tử, chính quyền số"),
        ("impact", "Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội"),
    ];

    public static string Label(string? code) => All.FirstOrDefault(s => s.Code == code).Label ?? "Cơ quan thường trực";
}
