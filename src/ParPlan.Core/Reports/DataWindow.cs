namespace ParPlan.Core.Reports;

/// <summary>The data a report covers: inclusive dates, and whether the window accumulates from the start of the
/// reporting year (a 6-month report) or covers only its own stretch (Quý III under 581/BNV-CCHC).</summary>
public sealed record DataWindow(DateOnly From, DateOnly To, bool Cumulative)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>"từ 15/12/2025 đến 14/03/2026".</summary>
    public string Text => $"từ {ReportText.Date(From)} đến {ReportText.Date(To)}";
}
