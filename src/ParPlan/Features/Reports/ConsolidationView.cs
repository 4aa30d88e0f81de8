using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports;

/// <summary>A government's report summed from its children's accepted, frozen figures: task figures per area and in
/// total, and each indicator with summed numerator and denominator and its value recomputed (never averaged). The rows
/// are the children's own totals (see <see cref="ReportView.Children"/>).</summary>
public sealed record ConsolidationView(
    int Accepted,
    int Waived,
    int Pending,
    IReadOnlyDictionary<string, TaskFigures> Areas,
    TaskFigures Tasks,
    IReadOnlyList<ReportIndicatorInput> Indicators);
