using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports;

/// <summary>A government's report summed from its children's accepted, frozen figures: task figures per area and in
/// total, and each indicator with summed numerator and denominator and its value recomputed (never averaged). The rows
/// are the children's own totals (see <see cref="ReportView.Children"/>). <see cref="Typed"/> sums the children's typed-in
/// annex rows that are counts (<see cref="TypedAnnexTotals"/>); <see cref="Excerpts"/> quotes their texts per section
/// (section code → one excerpt per unit, <see cref="ReportConsolidator.Excerpts"/>).</summary>
public sealed record ConsolidationView(
    int Accepted,
    int Waived,
    int Pending,
    IReadOnlyDictionary<string, TaskFigures> Areas,
    TaskFigures Tasks,
    IReadOnlyList<ReportIndicatorInput> Indicators,
    IReadOnlyList<TypedAnnexRow>? Typed = null,
    IReadOnlyDictionary<string, IReadOnlyList<UnitExcerpt>>? Excerpts = null);
