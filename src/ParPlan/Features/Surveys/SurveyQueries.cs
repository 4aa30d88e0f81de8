using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Surveys;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Surveys;

/// <summary>Reads campaigns within the user's scope and computes their results against the government's targets: the
/// overall one is the board's target for <c>dossier.satisfaction-rate</c> that year (set, or linked from the plan), a
/// sector's is its floor.</summary>
public sealed class SurveyQueries(AppDbContext db, IUnitScope scope, IndicatorQueries indicators)
{
    public const string NotFound = "Không tìm thấy đợt khảo sát hoặc bạn không có quyền với đợt khảo sát này.";

    public async Task<SurveyCampaign?> ReadableAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default) =>
        await db.Set<SurveyCampaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c
            && await scope.AllowsAsync(user, ScopeAction.Read, c.GovernmentId, ct: ct) ? c : null;

    /// <summary>The campaign when the user may change it; null when it does not exist or lies outside the scope (the
    /// same answer, so existence is not revealed).</summary>
    public async Task<SurveyCampaign?> WritableAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default) =>
        await db.Set<SurveyCampaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c
            && await scope.AllowsAsync(user, ScopeAction.Write, c.GovernmentId, ct: ct) ? c : null;

    public async Task<SurveyResults?> ResultsAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (await ReadableAsync(user, id, ct) is not { } campaign) return null;
        var rows = await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.CampaignId == id).Select(r => new { r.Sector, r.UnitId, r.Answers }).ToListAsync(ct);
        var inputs = rows.Select(r => new SurveyResponseInput(r.Sector, r.UnitId,
            JsonSerializer.Deserialize<Dictionary<string, int>>(r.Answers) ?? [])).ToList();
        var result = SurveyCalculator.Compute(inputs, campaign.Formula);
        var board = await indicators.BoardAsync(campaign.GovernmentId, ReportingPeriod.ForYear(campaign.Year), ct);
        var overall = board?.Rows.FirstOrDefault(r => r.Code == IndicatorCodes.SatisfactionRate)?.Target?.Value;
        var floors = await db.Set<SurveySectorTarget>().AsNoTracking().Where(t => t.GovernmentId == campaign.GovernmentId && t.Year == campaign.Year)
            .ToDictionaryAsync(t => t.Sector, t => t.Floor, ct);
        var sectors = result.BySector.Select(s =>
        {
            var target = floors.TryGetValue(s.Key, out var f) ? f : overall;
            return new SurveySectorResult(s.Key, s.Responses, s.Index, target, target is { } t && s.Index is { } v ? v >= t : null);
        }).ToList();
        return new SurveyResults(id, result, overall, sectors);
    }
}
