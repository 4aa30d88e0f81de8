using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Surveys;

namespace ParPlan.Features.Reports;

/// <summary>
/// Reads a government's satisfaction survey of the report's year as the indicator board shows it
/// (<see cref="SurveySectorBoard"/>: each sector with a floor against the year's latest campaign with responses), and
/// keeps what the report lacks: the sectors compared with a floor and those below it, so the report and the board never
/// disagree. The overall SIPAS index reaches the report through the target rows of <c>survey.sipas-index</c>. An
/// agency's report has no survey.
/// </summary>
public sealed class ReportSurveyRows(AppDbContext db, SurveySectorBoard board)
{
    public async Task<SurveyFigures?> ReadAsync(UnitInfo unit, DataWindow window, CancellationToken ct)
    {
        if (!unit.IsGovernment)
        {
            return null;
        }

        var year = window.To.Year;
        var campaigns = await db.Set<SurveyCampaign>().AsNoTracking().CountAsync(c => c.GovernmentId == unit.Id && c.Year == year, ct);
        var floors = await board.RowsAsync(unit.Id, year, ct);
        return RecordCounts.Survey(campaigns, floors.Select(f => (f.Sector, f.Index, (decimal?)f.Floor)));
    }
}
