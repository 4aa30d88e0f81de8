namespace ParPlan.Core.Plans;

/// <summary>The Vietnamese names of the contract's area codes, as the programme words them (DOMAIN §4.4), for screens
/// and reports that show an area without the plan's own heading.</summary>
public static class AreaNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["direction"] = "Công tác chỉ đạo, điều hành",
        ["institutions"] = "Cải cách thể chế",
        ["procedures"] = "Cải cách thủ tục hành chính",
        ["apparatus"] = "Cải cách tổ chức bộ máy hành chính nhà nước",
        ["civil-service"] = "Cải cách chế độ công vụ",
        ["public-finance"] = "Cải cách tài chính công",
        ["digital-government"] = "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
        ["indices"] = "Duy trì, nâng cao các chỉ số CCHC, PAPI, PCI, SIPAS",
    };

    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        ["direction"] = "Chỉ đạo, điều hành",
        ["institutions"] = "Thể chế",
        ["procedures"] = "Thủ tục hành chính",
        ["apparatus"] = "Tổ chức bộ máy",
        ["civil-service"] = "Chế độ công vụ",
        ["public-finance"] = "Tài chính công",
        ["digital-government"] = "Chính quyền điện tử, số",
        ["indices"] = "Các chỉ số CCHC",
    };

    /// <summary>A short name for charts and narrow columns: "Thủ tục hành chính".</summary>
    public static string Short(string? code) => code is not null && ShortNames.TryGetValue(code, out var name) ? name : Of(code);

    /// <summary>The name of <paramref name="code"/>; "Khác" for a task without an area, the code itself when unknown.</summary>
    public static string Of(string? code) => code is null ? "Khác" : Names.GetValueOrDefault(code, code);

    /// <summary>The programme's order of the areas (1 to 8); unknown codes after them.</summary>
    public static int Order(string? code) => code is not null && Names.ContainsKey(code) ? Names.Keys.ToList().IndexOf(code) : int.MaxValue;
}
