namespace ParPlan.Core.Labels;

/// <summary>The one home of the inspection topics (checklists) a visit can cover at once ("lồng ghép", DOMAIN §7.4):
/// their codes and Vietnamese names. A topic is given by code or by its name.</summary>
public static class InspectionTopicLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("cchc", "Công tác cải cách hành chính"),
        ("tthc", "Kiểm soát thủ tục hành chính"),
        ("legal-documents", "Văn bản quy phạm pháp luật"),
        ("law-enforcement", "Theo dõi thi hành pháp luật"),
        ("apparatus", "Tổ chức bộ máy"),
        ("decentralisation", "Phân cấp quản lý nhà nước"),
        ("civil-service", "Công vụ, công chức"),
        ("public-finance", "Tài chính công"),
        ("digital-government", "Chính quyền điện tử, chuyển đổi số"),
        ("one-stop", "Cơ chế một cửa, một cửa liên thông"),
    ];

    /// <summary>The label of <paramref name="code"/>; an unknown code is "Không rõ", never the code.</summary>
    public static string Label(string? code) => All.FirstOrDefault(t => t.Code == code).Label ?? "Không rõ";

    /// <summary>The code of a topic given by its code, its name or a short name ("CCHC", "TTHC", "VBQPPL"); null when unknown.</summary>
    public static string? Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0) return null;
        var exact = All.FirstOrDefault(x => string.Equals(x.Code, t, StringComparison.OrdinalIgnoreCase) || string.Equals(x.Label, t, StringComparison.OrdinalIgnoreCase));
        if (exact.Code is not null) return exact.Code;
        return t.ToUpperInvariant() switch
        {
            "VBQPPL" or "VĂN BẢN QPPL" => "legal-documents",
            "TCBM" or "BỘ MÁY" => "apparatus",
            "TÀI CHÍNH" => "public-finance",
            _ => null,
        };
    }
}
