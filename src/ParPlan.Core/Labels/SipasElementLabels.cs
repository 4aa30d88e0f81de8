namespace ParPlan.Core.Labels;

/// <summary>The five elements of the SIPAS method (1001/QĐ-BNV, DOMAIN §7.5), by their number as the survey API carries
/// it ("1".."5").</summary>
public static class SipasElementLabels
{
    public static readonly IReadOnlyList<string> Codes = ["1", "2", "3", "4", "5"];

    public static string Label(string code) => code switch
    {
        "1" => "Tiếp cận dịch vụ",
        "2" => "Thủ tục hành chính",
        "3" => "Công chức trực tiếp giải quyết công việc",
        "4" => "Kết quả dịch vụ",
        "5" => "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị",
        _ => "Yếu tố không rõ",
    };
}
