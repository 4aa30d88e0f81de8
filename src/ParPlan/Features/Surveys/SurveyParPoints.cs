using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.ParIndex;

namespace ParPlan.Features.Surveys;

/// <summary>Feeds the PAR INDEX survey points: for an assessed unit and its criteria set's year, the unit's survey index
/// (its own campaign's overall index, else its index among the units of a campaign above it) turned into points on the
/// set's survey scale. A suggestion only: the appraiser still enters the points.</summary>
public sealed class SurveyParPoints(AppDbContext db, SurveyQueries queries, ParSetCommands sets)
{
    public async Task<SurveyParSuggestion?> SuggestAsync(ClaimsPrincipal user, Guid unitId, Guid criteriaSetId, CancellationToken ct = default)
    {
        if (await sets.FindAsync(user, criteriaSetId, ct) is not { } found || found.Set.Survey is not { MaxPoints: > 0 } survey) return null;
        var year = found.Stored.Year;
        var campaigns = await db.Set<SurveyCampaign>().AsNoTracking().Where(c => c.Year == year)
            .Where(c => c.GovernmentId == unitId || db.Set<SurveyResponse>().Any(r => r.CampaignId == c.Id && r.UnitId == unitId))
            .OrderByDescending(c => c.GovernmentId == unitId).ThenByDescending(c => c.CreatedAt).ToListAsync(ct);
        foreach (var campaign in campaigns)
        {
            var results = await queries.ResultsOfAsync(campaign, ct);
            var (index, responses) = campaign.GovernmentId == unitId
                ? (results.Result.Overall, results.Result.Responses)
                : results.Result.ByUnit.FirstOrDefault(u => u.Key == unitId.ToString()) is { } u ? (u.Index, u.Responses) : (null, 0);
            if (index is not { } value) continue;
            return new SurveyParSuggestion(value, Math.Round(value * survey.MaxPoints / 100m, 2, MidpointRounding.AwayFromZero), survey.MaxPoints,
                campaign.Title, responses);
        }

        return null;
    }
}
