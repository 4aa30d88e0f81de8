using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Surveys;
using ParPlan.Data;

namespace ParPlan.Features.Surveys;

/// <summary>The one computation of a campaign's results from its stored questions and responses
/// (<see cref="SurveyCalculator"/>), and the campaign a government's year is judged by: its latest campaign of that
/// year that has responses. Used by the results page, the board feed of the overall index and the board's sector
/// floors, so all three read the same numbers. Access is checked by the caller.</summary>
public sealed class SurveyCalculation(AppDbContext db)
{
    public async Task<IReadOnlyList<SurveyQuestion>> QuestionsAsync(Guid campaignId, CancellationToken ct = default) =>
        await db.Set<SurveyQuestion>().AsNoTracking().Where(q => q.CampaignId == campaignId).OrderBy(q => q.Order).ToListAsync(ct);

    /// <summary>The campaign's results under its own formula; questions from the campaign, else the default set.</summary>
    public async Task<(IReadOnlyList<SurveyQuestion> Questions, SurveyResult Result)> ComputeAsync(SurveyCampaign campaign, CancellationToken ct = default)
    {
        var questions = await QuestionsAsync(campaign.Id, ct);
        var rows = await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.CampaignId == campaign.Id)
            .Select(r => new { r.Sector, r.UnitId, r.Answers }).ToListAsync(ct);
        var inputs = rows.Select(r => new SurveyResponseInput(r.Sector, r.UnitId,
            JsonSerializer.Deserialize<Dictionary<string, int>>(r.Answers) ?? [])).ToList();
        var specs = questions.Count > 0 ? questions.Select(q => q.Spec).ToList() : SurveyQuestionSpec.DefaultSet(campaign.Formula);
        return (questions, SurveyCalculator.Compute(inputs, specs, campaign.Formula));
    }

    /// <summary>The government's latest campaign of <paramref name="year"/> that has responses; null without one.</summary>
    public async Task<SurveyCampaign?> LatestWithResponsesAsync(Guid governmentId, int year, CancellationToken ct = default)
    {
        var campaigns = await db.Set<SurveyCampaign>().AsNoTracking().Where(c => c.GovernmentId == governmentId && c.Year == year)
            .Where(c => db.Set<SurveyResponse>().Any(r => r.CampaignId == c.Id)).ToListAsync(ct);
        return campaigns.OrderByDescending(c => c.CreatedAt).FirstOrDefault();
    }

    /// <summary>The sector floors of a government's year (<see cref="SurveySectorTarget"/>), by sector name.</summary>
    public async Task<IReadOnlyList<SurveySectorTarget>> FloorsAsync(Guid governmentId, int year, CancellationToken ct = default) =>
        (await db.Set<SurveySectorTarget>().AsNoTracking().Where(t => t.GovernmentId == governmentId && t.Year == year)
            .ToListAsync(ct)).OrderBy(t => t.Sector, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ToList();
}
