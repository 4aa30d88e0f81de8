using ParPlan.Core.Inspections;
using ParPlan.Core.Reports;
using ParPlan.Features.Inspections;

namespace ParPlan.Tests.Features.Inspections;

public sealed class InspectionReportRowsTests
{
    [Fact]
    public void The_reports_inspection_rows_take_units_inspected_issues_found_and_fixed_and_keep_what_the_officer_typed()
    {
        var rows = AnnexTemplates.TypedRows("commune").Select(r => r.Code == "inspection.fixed" ? r with { Value = 7 } : r).ToList();
        var summary = new InspectionSummary(2026, new InspectionCoverage(10, 2, 20), 1, 2, 3, 1, 2, 1);

        var filled = InspectionReportRows.Prefill(rows, summary).ToDictionary(r => r.Code, r => r.Value);

        Assert.Equal((2m, 3m, 7m), (filled["inspection.units"]!.Value, filled["inspection.issues"]!.Value, filled["inspection.fixed"]!.Value));
        Assert.Null(filled["institutions.issued"]);
        Assert.All(InspectionReportRows.Prefill(AnnexTemplates.TypedRows("commune"), summary with { Plans = 0 }), r => Assert.Null(r.Value));
    }
}
