using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Surveys;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Surveys;

/// <summary>Creates campaigns, stores their responses (each checked, the refused ones named by position) and sets the
/// sector floors, within the user's scope: another government's campaign is not found.</summary>
public sealed class SurveyCommands(AppDbContext db, IUnitScope scope, SurveyQueries queries, SurveyBoardFeed feed, TimeProvider time,
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

    public async Task<Result<int>> SetTargetsAsync(ClaimsPrincipal user, Guid id, IReadOnlyList<SectorTargetRequest?> targets, CancellationToken ct = default)
    {
        if (await queries.WritableAsync(user, id, ct) is not { } campaign) return Error.NotFound(SurveyQueries.NotFound);
        var problems = targets.Select((t, i) => t?.Sector is not { Length: > 0 and <= SurveyCalculator.MaxSector } || t.Floor is not (>= 0 and <= 100)
            ? $"Chỉ tiêu thứ {i + 1}: cần lĩnh vực (sector) và mức sàn (floor) từ 0 đến 100." : null).OfType<string>().ToList();
        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems));
        var existing = await db.Set<SurveySectorTarget>().Where(t => t.GovernmentId == campaign.GovernmentId && t.Year == campaign.Year).ToListAsync(ct);
        foreach (var t in targets)
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

        await db.SaveChangesAsync(ct);
        return targets.Count;
    }
}
