using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Surveys;

namespace ParPlan.Features.Reports;

/// <summary>
/// Reads a government's satisfaction surveys of the report's year through <see cref="SurveyQueries.ResultsOfAsync"/>
/// (the results page's own computation) and keeps what the report lacks: the sectors compared with a floor and those
/// below it. The overall SIPAS index reaches the report through the target rows of <c>survey.sipas-index</c>. An agency's
/// report has no survey.
/// </summary>
public sealed class ReportSurveyRows(AppDbContext db, SurveyQueries surveys)
{
    public async Task<SurveyFigures?> ReadAsync(UnitInfo unit, DataWindow window, CancellationToken ct)
    {
        if (!unit.IsGovernment)
        {
            return null;
        }

        var year = window.To.Year;
        var campaigns = await db.Set<SurveyCampaign>().AsNoTracking().Where(c => c.GovernmentId == unit.Id && c.Year == year)
            .OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var sectors = new List<(string, decimal?, decimal?)>();
        foreach (var campaign in campaigns)
        {
            var results = await surveys.ResultsOfAsync(campaign, ct);
            sectors.AddRange(results.BySector.Select(s => (s.Sector, s.Index, s.Target)));
        }

        return RecordCounts.Survey(campaigns.Count, sectors);
    }
}
