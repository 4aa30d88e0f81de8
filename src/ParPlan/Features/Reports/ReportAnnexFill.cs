using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports;

/// <summary>
/// Fills a live report's annex rows from the store, one source each: inspections (<see cref="ReportInspectionRows"/>),
/// the records (<see cref="ReportRecordRows"/>), PAR INDEX remediation (<see cref="ReportRemediationRows"/>) and the
/// survey (<see cref="ReportSurveyRows"/>), as of the report's window. Rows the officer typed keep their value; the
/// others are marked computed. Submission freezes the filled rows with the figures (<see cref="FrozenFigures"/>).
/// </summary>
public sealed class ReportAnnexFill(ReportInspectionRows inspections, ReportRecordRows records, ReportRemediationRows remediation, ReportSurveyRows survey)
{
    /// <summary>What the records say over the window, for the annex rows and the opening sentences.</summary>
    public async Task<RecordFigures> RecordsAsync(UnitInfo unit, DataWindow window, IReadOnlyList<ReportIndicatorInput> indicators, CancellationToken ct) =>
        await records.ReadAsync(unit, window, indicators, ct) with
        {
            Remediation = await remediation.ReadAsync(unit, window, ct),
            Survey = await survey.ReadAsync(unit, window, ct),
        };

    public async Task<IReadOnlyList<TypedAnnexRow>> FillAsync(UnitInfo unit, ReportInstance report, IReadOnlyList<TypedAnnexRow> rows,
        IReadOnlyList<ReportIndicatorInput> indicators, CancellationToken ct)
    {
        var filled = await inspections.FillAsync(unit, report, rows, ct);
        var window = ReportQueries.Window(report);
        return RecordAnnexRows.Prefill(filled, await RecordsAsync(unit, window, indicators, ct));
    }
}
