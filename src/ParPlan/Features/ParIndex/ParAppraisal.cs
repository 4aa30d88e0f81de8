using System.Security.Claims;
using ParPlan.Core.ParIndex;

namespace ParPlan.Features.ParIndex;

/// <summary>The appraiser's side: appraise a criterion (round 1, then round 2 after the unit's explanations), survey
/// points, bonus and penalty within the set's caps, and finalisation (totals, index, band).</summary>
public sealed class ParAppraisal(ParAccess access, ParAssessmentQueries queries, ParWriter writer, ParRemediationProposals remediation, TimeProvider time)
{
    public async Task<Result<ParAssessmentView>> AppraiseAsync(ClaimsPrincipal user, Guid id, string code, AppraisalRequest request, CancellationToken ct = default)
    {
        if (await OpenForAppraisalAsync(user, id, request.Version, ct) is not { } loaded) return await FailureAsync(user, id, request.Version, ct);
        if (loaded.Leaf(code) is not { } leaf) return ParSelfAssessment.NoCriterion(code);
        if (request.AppraisedScore is not { } score) return Error.Invalid($"Nhập điểm thẩm định của tiêu chí {code}.");
        if (RuleScorer.Check(leaf, score) is { } problem) return Error.Invalid(problem);
        var comment = request.Comment?.Trim();
        if (comment?.Length > ParAssessmentItem.TextMax) return Error.Invalid($"Nhận xét không được dài quá {ParAssessmentItem.TextMax} ký tự.");
        var item = loaded.Items.First(i => i.Code == code);
        item.AppraisedScore = score;
        if (loaded.Assessment.Round == 1) item.Round1Score = score;
        item.Comment = string.IsNullOrEmpty(comment) ? item.Comment : comment;
        writer.Stamp(user, item);
        loaded.Assessment.Status = ParStatuses.Appraising;
        return await writer.SaveAsync(user, loaded, ct);
    }

    /// <summary>Ends round 1: the unit sees the appraised scores and may explain (giải trình); later appraisals are round 2.</summary>
    public async Task<Result<ParAssessmentView>> CloseRoundAsync(ClaimsPrincipal user, Guid id, VersionRequest request, CancellationToken ct = default)
    {
        if (await OpenForAppraisalAsync(user, id, request.Version, ct) is not { } loaded) return await FailureAsync(user, id, request.Version, ct);
        if (loaded.Assessment.Round != 1) return Error.Conflict("Thẩm định vòng 1 đã kết thúc; đang ở vòng 2.");
        loaded.Assessment.Round = 2;
        loaded.Assessment.Status = ParStatuses.Appraising;
        return await writer.SaveAsync(user, loaded, ct);
    }

    public async Task<Result<ParAssessmentView>> SurveyAsync(ClaimsPrincipal user, Guid id, SurveyRequest request, CancellationToken ct = default)
    {
        if (await OpenForAppraisalAsync(user, id, request.Version, ct) is not { } loaded) return await FailureAsync(user, id, request.Version, ct);
        var max = loaded.Set.Survey?.MaxPoints ?? 0;
        if (request.Points is not { } points || points < 0 || points > max || decimal.Round(points, 2) != points)
        {
            return Error.Invalid($"Điểm điều tra xã hội học phải từ 0 đến {ParWriter.Points(max)}, tối đa hai chữ số thập phân.");
        }

        loaded.Assessment.SurveyPoints = points;
        return await writer.SaveAsync(user, loaded, ct);
    }

    public async Task<Result<ParAssessmentView>> AdjustAsync(ClaimsPrincipal user, Guid id, AdjustmentRequest request, CancellationToken ct = default)
    {
        if (await OpenForAppraisalAsync(user, id, request.Version, ct) is not { } loaded) return await FailureAsync(user, id, request.Version, ct);
        var caps = loaded.Set.Adjustments ?? new AdjustmentSpec(0, 0);
        if (request.Bonus < 0 || request.Bonus > caps.BonusMax) return Error.Invalid($"Điểm thưởng phải từ 0 đến {ParWriter.Points(caps.BonusMax)}.");
        if (request.Penalty < 0 || request.Penalty > caps.PenaltyMax) return Error.Invalid($"Điểm trừ phải từ 0 đến {ParWriter.Points(caps.PenaltyMax)}.");
        var note = request.Note?.Trim();
        if ((request.Bonus > 0 || request.Penalty > 0) && string.IsNullOrEmpty(note)) return Error.Invalid("Ghi lý do cộng hoặc trừ điểm.");
        if (note?.Length > ParAssessment.NoteMax) return Error.Invalid($"Lý do không được dài quá {ParAssessment.NoteMax} ký tự.");
        loaded.Assessment.Bonus = request.Bonus;
        loaded.Assessment.Penalty = request.Penalty;
        loaded.Assessment.AdjustmentNote = string.IsNullOrEmpty(note) ? null : note;
        return await writer.SaveAsync(user, loaded, ct);
    }

    /// <summary>Closes the assessment: index and band from the appraised scores (a leaf not appraised keeps its self-score),
    /// the survey points and the capped bonus and penalty. Rank is computed among the finalised units of the block. The
    /// criteria below their maximum become remediation proposals for next year (<see cref="ParRemediationProposals"/>).</summary>
    public async Task<Result<ParAssessmentView>> FinalizeAsync(ClaimsPrincipal user, Guid id, VersionRequest request, CancellationToken ct = default)
    {
        if (await OpenForAppraisalAsync(user, id, request.Version, ct) is not { } loaded) return await FailureAsync(user, id, request.Version, ct);
        ParAssessmentQueries.Totals(loaded);
        var result = new ParIndexCalculator(loaded.Set).Compute(ParAssessmentQueries.Input(loaded));
        loaded.Assessment.Index = result.Index;
        loaded.Assessment.Band = result.Band;
        loaded.Assessment.Status = ParStatuses.Finalized;
        loaded.Assessment.FinalizedAt = time.GetUtcNow();
        await remediation.StageAsync(loaded, ct);
        return await writer.SaveAsync(user, loaded, ct);
    }

    /// <summary>The loaded assessment when the user may appraise it now; null otherwise (<see cref="FailureAsync"/> says why).</summary>
    private async Task<ParLoaded?> OpenForAppraisalAsync(ClaimsPrincipal user, Guid id, long version, CancellationToken ct)
    {
        var loaded = await queries.LoadAsync(id, ct);
        return loaded is not null
               && await access.AppraiseAsync(user, loaded.Assessment.UnitId, ct) is null
               && loaded.Assessment.Status is ParStatuses.Submitted or ParStatuses.Appraising
               && loaded.Assessment.Version == version
            ? loaded
            : null;
    }

    private async Task<Error> FailureAsync(ClaimsPrincipal user, Guid id, long version, CancellationToken ct)
    {
        var loaded = await queries.LoadAsync(id, ct);
        if (loaded is null) return ParAccess.NotFound();
        if (await access.AppraiseAsync(user, loaded.Assessment.UnitId, ct) is { } denied) return denied;
        if (loaded.Assessment.Status == ParStatuses.Open) return Error.Conflict("Đơn vị chưa gửi bản tự đánh giá; chưa thẩm định được.");
        if (loaded.Assessment.Status == ParStatuses.Finalized) return Error.Conflict("Kết quả đã được chốt và công bố; không sửa được nữa.");
        return await writer.StaleAsync(loaded, version, ct) ?? Error.Conflict("Bản tự đánh giá vừa thay đổi; tải lại rồi làm tiếp.");
    }
}
