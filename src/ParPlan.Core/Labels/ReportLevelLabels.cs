using ParPlan.Core.Reports;

namespace ParPlan.Core.Labels;

/// <summary>Vietnamese names of the steps of the reporting flow (<see cref="ReportLevel"/>).</summary>
public static class ReportLevelLabels
{
    public static string Label(ReportLevel level) => level switch
    {
        ReportLevel.Unit => "Đơn vị gửi cơ quan thường trực",
        ReportLevel.StandingAgency => "Cơ quan thường trực trình UBND",
        ReportLevel.Government => "UBND gửi cấp trên",
        ReportLevel.UpperLevel => "Cấp trên gửi Bộ, ngành Trung ương",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
