using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Surveys;
using ParPlan.Data;
using ParPlan.Core.Indicators;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Surveys;

/// <summary>Creates campaigns, stores their responses (each checked, the refused ones named by position) and sets the
/// sector floors, within the user's scope: another government's campaign is not found.</summary>
public sealed class SurveyCommands(AppDbContext db, IUnitScope scope, SurveyQueries queries, SurveyBoardFeed feed, IndicatorTargets targets, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<SurveyOptions> options)
{
    /// <summary>At most this many responses in one request (a province's campaign is a few thousand).</summary>
    public const int MaxResponses = 20_000;

    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, CreateSurveyRequest request, CancellationToken ct = default)
    {
        if (request.GovernmentId is not { } gov) return Error.Invalid("Thiếu governmentId: mã định danh của UBND thực hiện khảo sát.");
        if (request.Year is not (>= 2000 and <= 2100)) return Error.Invalid("Năm khảo sát (year) phải từ 2000 đến 2100.");
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 300) return Error.Invalid("Nhập tên đợt khảo sát (title), tối đa 300 ký tự.");
        if (!await db.Units.AnyAsync(u => u.Id == gov, ct)) return Error.NotFound("Không có chính quyền với governmentId này; kiểm tra lại mã định danh.");
        if (await scope.DenyAsync(user, ScopeAction.Write, gov, ct: ct) is { } deny) return deny;
        var o = options.Value;
        var campaign = new SurveyCampaign
        {
            GovernmentId = gov, Year = request.Year.Value, Title = request.Title.Trim(), CreatedAt = time.GetUtcNow(),
            ScaleMax = o.ScaleMax, SatisfiedFrom = o.SatisfiedFrom, MeanOfElements = o.MeanOfElements,
        };
        db.Add(campaign);

        // The default question set: one question per SIPAS element, coded by its number (the API's answer keys).
        foreach (var (spec, i) in SurveyQuestionSpec.DefaultSet(campaign.Formula).Select((q, i) => (q, i)))
        {
            db.Add(new SurveyQuestion
            {
                CampaignId = campaign.Id, Order = i, Code = spec.Code, Element = spec.Element, ScaleMax = spec.ScaleMax, SatisfiedFrom = spec.SatisfiedFrom,
                Text = $"Mức độ hài lòng về {Core.Labels.SipasElementLabels.Label(spec.Element).ToLowerInvariant()}",
            });
        }

        await db.SaveChangesAsync(ct);
        return campaign.Id;
    }

    public async Task<Result<SurveyImportOutcome>> AddResponsesAsync(ClaimsPrincipal user, Guid id, IReadOnlyList<SurveyResponseRequest?> responses,
        CancellationToken ct = default)
    {
        if (await queries.WritableAsync(user, id, ct) is not { } campaign) return Error.NotFound(SurveyQueries.NotFound);
        if (responses.Count > MaxResponses) return Error.TooLarge($"Mỗi lần gửi tối đa {Core.Text.NumberText.Count(MaxResponses)} phiếu; chia nhỏ danh sách.");
        var questions = (await queries.QuestionsAsync(id, ct)).Select(q => q.Spec).ToList();
        if (questions.Count == 0) questions = SurveyQuestionSpec.DefaultSet(campaign.Formula).ToList();
        var stored = new List<SurveyResponseInput>();
        var rejected = new List<(int, string)>();
        var units = responses.Where(r => r?.UnitId is not null).Select(r => r!.UnitId!.Value).Distinct().ToList();
        var known = (await db.Units.Where(u => units.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        for (var i = 0; i < responses.Count; i++)
        {
            var r = responses[i];
            var input = new SurveyResponseInput(r?.Sector?.Trim() ?? "", r?.UnitId, r?.Answers ?? []);
            var problems = SurveyCalculator.Check(input, questions).ToList();
            if (input.UnitId is { } u && (!known.Contains(u) || !await scope.AllowsAsync(user, ScopeAction.Read, u, ct: ct)))
            {
                problems.Add("Không có đơn vị với unitId này trong phạm vi của bạn.");
            }

            if (problems.Count > 0)
            {
                rejected.Add((i, string.Join(" ", problems)));
                continue;
            }

            stored.Add(input);
        }

        await StoreAsync(campaign, stored, ct);
        return new SurveyImportOutcome(stored.Count, rejected);
    }

    /// <summary>Stores checked responses in one save (all or none), then feeds the board with the year's index.</summary>
    public async Task StoreAsync(SurveyCampaign campaign, IReadOnlyList<SurveyResponseInput> responses, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        foreach (var input in responses)
        {
            db.Add(new SurveyResponse
            {
                CampaignId = campaign.Id, Sector = input.Sector, UnitId = input.UnitId, ImportedAt = now,
                Answers = JsonSerializer.Serialize(input.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary()),
            });
        }

        await db.SaveChangesAsync(ct);
        if (responses.Count > 0) await feed.RefreshAsync(campaign.GovernmentId, campaign.Year, ct);
    }

    /// <summary>Sets the satisfaction targets of the campaign's government and year, all or none, in one save: the
    /// overall target (the board's target of <c>survey.sipas-index</c>, through <see cref="IndicatorTargets"/>) and each
    /// sector's floor. A version given and no longer current is refused with who changed the targets and when. Returns
    /// the number of sector floors set.</summary>
    public async Task<Result<int>> SetTargetsAsync(ClaimsPrincipal user, Guid id, SurveyTargetsRequest request, CancellationToken ct = default)
    {
        if (await queries.WritableAsync(user, id, ct) is not { } campaign) return Error.NotFound(SurveyQueries.NotFound);
        var problems = new List<string>();
        if (request.Overall is < 0 or > 100) problems.Add("Chỉ tiêu hài lòng chung phải từ 0 đến 100 (%).");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (t, i) in request.Sectors.Select((t, i) => (t, i)))
        {
            var sector = t?.Sector?.Trim();
            if (sector is not { Length: > 0 and <= SurveyCalculator.MaxSector } || t!.Floor is not (>= 0 and <= 100))
            {
                problems.Add($"Chỉ tiêu thứ {i + 1}: cần lĩnh vực (tối đa {SurveyCalculator.MaxSector} ký tự) và mức sàn từ 0 đến 100 (%).");
            }
            else if (!seen.Add(sector))
            {
                problems.Add($"Lĩnh vực «{sector}» được nhập hai lần; mỗi lĩnh vực chỉ một mức sàn.");
            }
        }

        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems)) with { Title = "Chỉ tiêu chưa hợp lệ" };
        var existing = await db.Set<SurveySectorTarget>().Where(t => t.GovernmentId == campaign.GovernmentId && t.Year == campaign.Year).ToListAsync(ct);
        var overall = await db.Set<IndicatorTarget>().AsNoTracking().FirstOrDefaultAsync(t => t.GovernmentId == campaign.GovernmentId && t.Year == campaign.Year
            && t.IndicatorCode == IndicatorCodes.SurveySatisfactionIndex && !t.Stretch && t.Level == null, ct);
        var stale = request.Sectors.Where(t => t!.Version is { } v && v != (existing.FirstOrDefault(e => e.Sector == t.Sector!.Trim())?.Version ?? 0))
            .Select(t => existing.FirstOrDefault(e => e.Sector == t!.Sector!.Trim()) is { } e ? (nameof(SurveySectorTarget), e.Id) : ((string, Guid)?)null).ToList();
        if (request.OverallVersion is { } ov && ov != (overall?.Version ?? 0)) stale.Add(overall is null ? null : (nameof(IndicatorTarget), overall.Id));
        if (stale.Count > 0) return await StaleAsync(campaign.Year, stale.OfType<(string, Guid)>().ToList(), ct);
        foreach (var t in request.Sectors)
        {
            var sector = t!.Sector!.Trim();
            var row = existing.FirstOrDefault(e => e.Sector == sector);
            if (row is null)
            {
                row = new SurveySectorTarget { GovernmentId = campaign.GovernmentId, Year = campaign.Year, Sector = sector };
                db.Add(row);
                existing.Add(row);
            }

            row.Floor = t.Floor!.Value;
        }

        if (request.Overall is { } value && value != overall?.Value)
        {
            // Saves the floors with it (one context, one save).
            var set = await targets.SetTargetAsync(new SetTargetRequest(campaign.GovernmentId, campaign.Year, IndicatorCodes.SurveySatisfactionIndex, ">=", value, "%",
                Baseline: overall?.Baseline, Text: SurveyTargetDefaults.OverallText, PlanReference: overall?.PlanReference), ct);
            if (set.Error is { } error) return error;
        }
        else
        {
            await db.SaveChangesAsync(ct);
        }

        return request.Sectors.Count;
    }

    /// <summary>The targets changed since the form was read: who changed them last and when, from the audit log.</summary>
    private async Task<Error> StaleAsync(int year, IReadOnlyList<(string Type, Guid Id)> changed, CancellationToken ct)
    {
        var keys = changed.Select(c => c.Id.ToString()).ToList();
        var types = changed.Select(c => c.Type).Distinct().ToList();
        var last = await db.AuditEntries.AsNoTracking().Where(a => types.Contains(a.EntityType) && keys.Contains(a.EntityKey))
            .OrderByDescending(a => a.Id).Select(a => new { a.UserName, a.At }).FirstOrDefaultAsync(ct);
        var who = last is null ? "người khác" : $"{last.UserName} lúc {DateText.Minute(last.At)}";
        return Error.Conflict($"Chỉ tiêu hài lòng năm {year} đã được {who} thay đổi sau khi bạn mở trang. Tải lại trang để xem chỉ tiêu hiện tại rồi sửa lại.");
    }
}
