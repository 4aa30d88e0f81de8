using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Surveys;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Surveys;

/// <summary>Reads campaigns within the user's scope and computes their results against the government's targets: the
/// overall one is the board's target for the survey index (<c>survey.sipas-index</c>) that year, else the one for
/// <c>dossier.satisfaction-rate</c> (set, or linked from the plan); a sector's is its floor.</summary>
public sealed class SurveyQueries(AppDbContext db, IUnitScope scope, IndicatorQueries indicators, IOrgTree tree, SurveyCalculation calculation,
    Microsoft.Extensions.Options.IOptions<SurveyOptions> options)
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

    /// <summary>True when the user may change the campaign (the pages show their forms only then).</summary>
    public async Task<bool> MayWriteAsync(ClaimsPrincipal user, SurveyCampaign campaign, CancellationToken ct = default) =>
        await scope.AllowsAsync(user, ScopeAction.Write, campaign.GovernmentId, ct: ct);

    /// <summary>The formula a new campaign takes (settings <c>Surveys:*</c>).</summary>
    public SurveyFormula DefaultFormula => new()
    {
        ScaleMax = options.Value.ScaleMax, SatisfiedFrom = options.Value.SatisfiedFrom, MeanOfElements = options.Value.MeanOfElements,
    };

    /// <summary>The governments the user may create a campaign for: an officer's own, every government for the administrator.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> WritableGovernmentsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is null) return [];
        if (me.IsAdmin)
        {
            var all = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync(ct);
            return all.Where(u => u.Kind.IsGovernment()).OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => (u.Id, u.Name)).ToList();
        }

        if (me.UnitId is not { } own || await tree.GovernmentOfAsync(own, scope.Today, ct) is not { } gov) return [];
        if (!await scope.AllowsAsync(user, ScopeAction.Write, gov, ct: ct)) return [];
        var name = await db.Units.AsNoTracking().Where(u => u.Id == gov).Select(u => u.Name).FirstOrDefaultAsync(ct);
        return name is null ? [] : [(gov, name)];
    }

    public Task<IReadOnlyList<SurveyQuestion>> QuestionsAsync(Guid campaignId, CancellationToken ct = default) =>
        calculation.QuestionsAsync(campaignId, ct);

    public Task<int> ResponseCountAsync(Guid campaignId, CancellationToken ct = default) =>
        db.Set<SurveyResponse>().CountAsync(r => r.CampaignId == campaignId, ct);

    /// <summary>The campaigns of the governments the user may read, newest year first.</summary>
    public async Task<IReadOnlyList<SurveyListItem>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var readable = await scope.ReadableUnitsAsync(user, ct: ct);
        var campaigns = db.Set<SurveyCampaign>().AsNoTracking();
        if (readable is not null)
        {
            var ids = readable.ToList();
            campaigns = campaigns.Where(c => ids.Contains(c.GovernmentId));
        }

        var rows = await campaigns.Join(db.Units.AsNoTracking(), c => c.GovernmentId, u => u.Id, (c, u) => new { c, u.Name })
            .Select(x => new SurveyListItem(x.c.Id, x.c.GovernmentId, x.Name, x.c.Year, x.c.Title,
                db.Set<SurveyResponse>().Count(r => r.CampaignId == x.c.Id), x.c.CreatedAt))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Year).ThenByDescending(r => r.CreatedAt).ToList();
    }

    /// <summary>The targets form of a campaign already checked for reading: the set targets of its government and year,
    /// D2's defaults where none is set, and two empty lines for other sectors.</summary>
    public async Task<SurveyTargetsForm> TargetsFormAsync(SurveyCampaign campaign, bool mayWrite, CancellationToken ct = default)
    {
        var overall = await db.Set<IndicatorTarget>().AsNoTracking().FirstOrDefaultAsync(t => t.GovernmentId == campaign.GovernmentId
            && t.Year == campaign.Year && t.IndicatorCode == IndicatorCodes.SurveySatisfactionIndex && !t.Stretch && t.Level == null, ct);
        var floors = (await calculation.FloorsAsync(campaign.GovernmentId, campaign.Year, ct))
            .Select(f => new SurveyTargetsForm.Floor(f.Sector, f.Floor, f.Version)).ToList();
        floors.AddRange(SurveyTargetDefaults.Sectors.Where(d => floors.All(f => f.Sector != d)).Select(d => new SurveyTargetsForm.Floor(d, SurveyTargetDefaults.Floor, 0)));
        if (mayWrite) floors.AddRange([new("", null, 0), new("", null, 0)]);
        return new SurveyTargetsForm(overall?.Value ?? SurveyTargetDefaults.Overall, overall?.Version ?? 0, floors, mayWrite);
    }

    public async Task<SurveyResults?> ResultsAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default) =>
        await ReadableAsync(user, id, ct) is { } campaign ? await ResultsOfAsync(campaign, ct) : null;

    /// <summary>The results of a campaign already checked for access (also used by the board feed).</summary>
    public async Task<SurveyResults> ResultsOfAsync(SurveyCampaign campaign, CancellationToken ct = default)
    {
        var (questions, result) = await calculation.ComputeAsync(campaign, ct);
        var board = await indicators.BoardAsync(campaign.GovernmentId, ReportingPeriod.ForYear(campaign.Year), ct);
        var ratings = board?.Rows.FirstOrDefault(r => r.Code == IndicatorCodes.SatisfactionRate);
        var overall = board?.Rows.FirstOrDefault(r => r.Code == IndicatorCodes.SurveySatisfactionIndex)?.Target?.Value ?? ratings?.Target?.Value;
        var floors = (await calculation.FloorsAsync(campaign.GovernmentId, campaign.Year, ct)).ToDictionary(t => t.Sector, t => t.Floor, StringComparer.Ordinal);
        var sectors = result.BySector.Select(s =>
        {
            var target = floors.TryGetValue(s.Key, out var f) ? f : overall;
            return new SurveySectorResult(s.Key, s.Responses, s.Index, target, target is { } t && s.Index is { } v ? v >= t : null);
        }).ToList();
        var unitIds = result.ByUnit.Select(u => Guid.Parse(u.Key)).ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id) || u.Id == campaign.GovernmentId)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return new SurveyResults(campaign.Id, result, overall, sectors)
        {
            Campaign = campaign,
            GovernmentName = names.FirstOrDefault(n => n.Id == campaign.GovernmentId)?.Name ?? "",
            Questions = questions,
            UnitNames = names.ToDictionary(n => n.Id.ToString(), n => n.Name),
            DossierRatings = ratings is null ? null : new SurveyDossierRatings(ratings.Numerator, ratings.Denominator, ratings.Value, ratings.Target?.Value),
        };
    }
}
