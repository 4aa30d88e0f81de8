using ParPlan.Core.Reports;

namespace ParPlan.Core.Labels;

/// <summary>Vietnamese names of the report outline (đề cương) and statistical annex (phụ lục) templates a regime may
/// choose (<see cref="DefaultRegimes"/>).</summary>
public static class ReportTemplateLabels
{
    public static IReadOnlyList<string> Outlines { get; } = [DefaultRegimes.DefaultOutline];

    public static IReadOnlyList<string> Annexes { get; } = [DefaultRegimes.GovernmentAnnex, DefaultRegimes.AgencyAnnex];

    public static bool IsOutline(string? key) => key is not null && Outlines.Contains(key);

    public static bool IsAnnex(string? key) => key is not null && Annexes.Contains(key);

    public static string Label(string key) => key switch
    {
        DefaultRegimes.DefaultOutline => "Đề cương báo cáo CCHC (mặc định)",
        DefaultRegimes.GovernmentAnnex => "Phụ lục số liệu của UBND cấp dưới",
        DefaultRegimes.AgencyAnnex => "Phụ lục số liệu của cơ quan chuyên môn",
        _ => "Mẫu khác",
    };
}
