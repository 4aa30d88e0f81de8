namespace ParPlan.Core.Plans;

/// <summary>The Vietnamese names of the contract's area codes, as the programme words them (DOMAIN §4.4), for screens
/// and reports that show an area without the plan's own heading.</summary>
public static class AreaNames
{
    /// <summary>Code, full name and short name, in the programme's order.</summary>
    private static readonly (string Code, string Name, string Short)[] Areas =
    [
        ("direction", "Công tác chỉ đạo, điều hành", "Chỉ đạo, điều hành"),
        ("institutions", "Cải cách thể chế", "Thể chế"),
        ("procedures", "Cải cách thủ tục hành chính", "Thủ tục hành chính"),
        ("apparatus", "Cải cách tổ chức bộ máy hành chính nhà nước", "Tổ chức bộ máy"),
        ("civil-service", "Cải cách chế độ công vụ", "Chế độ công vụ"),
        ("public-finance", "Cải cách tài chính công", "Tài chính công"),
        ("digital-government", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "Chính quyền điện tử, số"),
        ("indices", "Duy trì, nâng cao các chỉ số CCHC, PAPI, PCI, SIPAS", "Các chỉ số CCHC"),
    ];

    /// <summary>The name of <paramref name="code"/>; "Khác" for a task without an area, the code itself when unknown (a heading typed by hand).</summary>
    public static string Of(string? code) => code is null ? "Khác" : Order(code) is var i and < int.MaxValue ? Areas[i].Name : code;

    /// <summary>The name of an area of a parsed document (<see cref="AreaCode"/>).</summary>
    public static string Of(AreaCode code) => Areas[(int)code].Name;

    /// <summary>A short name for charts and narrow columns: "Thủ tục hành chính".</summary>
    public static string Short(string? code) => Order(code) is var i and < int.MaxValue ? Areas[i].Short : Of(code);

    /// <summary>The programme's order of the areas (0 to 7); unknown codes after them.</summary>
    public static int Order(string? code) => Array.FindIndex(Areas, a => a.Code == code) is var i and >= 0 ? i : int.MaxValue;
}
