using ParPlan.Core.Reports;

namespace ParPlan.Features.Inspections;

/// <summary>The periodic report's typed annex rows on inspections (<see cref="AnnexTemplates"/>: "inspection.units",
/// "inspection.issues", "inspection.fixed") filled from the government's inspections of the year
/// (<see cref="InspectionQueries.SummaryAsync"/>): units inspected, issues found, issues fixed. Rows the officer has
/// already typed keep their value; other rows pass through.</summary>
public static class InspectionReportRows
{
    public const string Note = "Theo kế hoạch kiểm tra CCHC trong ParPlan";

    public static IReadOnlyList<TypedAnnexRow> Prefill(IEnumerable<TypedAnnexRow> rows, InspectionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(summary);
        return rows.Select(r => r.Value is not null || summary.Plans == 0 ? r : r.Code switch
        {
            "inspection.units" => r with { Value = summary.UnitsInspected, Note = Note },
            "inspection.issues" => r with { Value = summary.Found, Note = Note },
            "inspection.fixed" => r with { Value = summary.Fixed, Note = Note },
            _ => r,
        }).ToList();
    }
}
