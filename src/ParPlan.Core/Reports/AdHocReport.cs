namespace ParPlan.Core.Reports;

/// <summary>An ad hoc report (báo cáo đột xuất): its subject, window and due date are typed in.</summary>
public sealed record AdHocReport(string Code, string Subject, DataWindow Window, DateOnly DueOn, string ReceivingBody)
{
    /// <summary>The report as an instance: due on <see cref="DueOn"/> at every level, default templates.</summary>
    public ReportPeriodInstance ToInstance() => new(
        "dot-xuat",
        "Báo cáo đột xuất",
        Code,
        Code,
        "Đột xuất: " + Subject,
        Window,
        Enum.GetValues<ReportLevel>().Select(l => new LevelDue(l, DueOn, "chậm nhất ngày " + ReportText.Date(DueOn), true)).ToList(),
        ReceivingBody,
        DefaultRegimes.DefaultOutline,
        DefaultRegimes.GovernmentAnnex,
        AdHoc: true);
}
