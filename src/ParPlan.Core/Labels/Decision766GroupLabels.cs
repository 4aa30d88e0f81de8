using ParPlan.Core.Indicators;

namespace ParPlan.Core.Labels;

/// <summary>The Vietnamese names of the Decision 766/QĐ-TTg index groups, and of their sum.</summary>
public static class Decision766GroupLabels
{
    /// <summary>The stored code of the sum of the estimated groups.</summary>
    public const string TotalCode = "total";

    public static string Label(Decision766Group group) => group switch
    {
        Decision766Group.Publicity => "Công khai, minh bạch",
        Decision766Group.Progress => "Tiến độ, kết quả giải quyết",
        Decision766Group.Digitisation => "Số hóa hồ sơ",
        Decision766Group.OnlineServices => "Cung cấp dịch vụ trực tuyến",
        Decision766Group.Satisfaction => "Mức độ hài lòng",
        _ => "Nhóm chỉ số khác",
    };

    /// <summary>The code a group is stored under: its name in lower case ("onlineservices").</summary>
    public static string Code(Decision766Group group) => group.ToString().ToLowerInvariant();

    /// <summary>The label of a stored code ("onlineservices", "total").</summary>
    public static string Label(string code)
    {
        if (code == TotalCode) return "Tổng điểm các nhóm ước tính được";
        foreach (var group in Enum.GetValues<Decision766Group>())
        {
            if (Code(group) == code) return Label(group);
        }

        return "Nhóm chỉ số khác";
    }
}
