using ParPlan.Core.Reports;
using ParPlan.Features.Inspections;

namespace ParPlan.Features.Reports;

/// <summary>
/// A government's report fills its annex rows on inspections (units inspected, issues found, issues fixed) from its
/// inspection plans of the report's year (<see cref="InspectionReportRows"/>) while the report is live, and freezes them
/// on submit with the other figures; the rows it fills are marked computed. A value the officer typed stays; an agency's
/// report has no such rows to fill. Called through <see cref="ReportAnnexFill"/>.
/// </summary>
public sealed class ReportInspectionRows(InspectionQueries inspections, InspectionActuals actuals)
{
    public async Task<IReadOnlyList<TypedAnnexRow>> FillAsync(UnitInfo unit, ReportInstance report, IReadOnlyList<TypedAnnexRow> rows, CancellationToken ct)
    {
        if (!unit.IsGovernment || !rows.Any(r => r.Value is null && r.Code.StartsWith("inspection.", StringComparison.Ordinal)))
        {
            return rows;
        }

        var summary = await inspections.SummaryAsync(unit.Id, report.WindowTo.Year, actuals, ct);
        var filled = InspectionReportRows.Prefill(rows, summary);
        return filled.Select((r, i) => rows[i].Value is null && r.Value is not null ? r with { Computed = true } : r).ToList();
    }
}
