using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.ParIndex;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.ParIndex;

/// <summary>The unit's side: open an assessment (with computed proposals), score a criterion, submit, explain (giải trình).</summary>
public sealed class ParSelfAssessment(AppDbContext db, ParAccess access, ParSetCommands sets, ParAssessmentQueries queries,
    ParWriter writer, ParProposals proposals, IOrgTree tree, TimeProvider time)
{
    /// <summary>The id of the new assessment; a conflict carrying the existing one's id when the unit already has one.</summary>
    public async Task<Result<Guid>> OpenAsync(ClaimsPrincipal user, OpenAssessmentRequest request, CancellationToken ct = default)
    {
        if (await sets.FindAsync(user, request.CriteriaSetId, ct) is not { } found) return ParSetCommands.NotFound();
        if (await access.ReadAsync(user, request.UnitId, ct) is { } hidden) return hidden;
        if (await access.CompileAsync(user, request.UnitId, ct) is not null && await access.AppraiseAsync(user, request.UnitId, ct) is { } denied) return denied;
        if (found.Stored.GovernmentId is { } gov && !await tree.IsWithinAsync(request.UnitId, gov, queries.Today, ct))
        {
            return Error.Invalid("Đơn vị không thuộc phạm vi áp dụng của bộ tiêu chí này.");
        }

        var existing = await db.Set<ParAssessment>().Where(a => a.CriteriaSetId == request.CriteriaSetId && a.UnitId == request.UnitId)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id) return Error.Conflict("Đơn vị đã có bản tự đánh giá theo bộ tiêu chí này.", new { id });

        var now = time.GetUtcNow();
        var assessment = new ParAssessment { CriteriaSetId = request.CriteriaSetId, UnitId = request.UnitId, CreatedAt = now, UpdatedAt = now, UpdatedBy = CurrentUser.From(user)?.UserName ?? "" };
        db.Add(assessment);
        var computed = await proposals.ComputeAsync(request.UnitId, found.Set, ct);
        foreach (var leaf in found.Set.Leaves())
        {
            var proposal = computed.GetValueOrDefault(leaf.Code);
            db.Add(new ParAssessmentItem { AssessmentId = assessment.Id, Code = leaf.Code, ProposedScore = proposal?.Points, ProposalNote = proposal?.Note });
        }

        await db.SaveChangesAsync(ct);
        return assessment.Id;
    }

    public async Task<Result<ParAssessmentView>> ScoreAsync(ClaimsPrincipal user, Guid id, string code, SelfScoreRequest request, CancellationToken ct = default)
    {
        if (await queries.LoadAsync(id, ct) is not { } loaded || await access.ReadAsync(user, loaded.Assessment.UnitId, ct) is not null) return ParAccess.NotFound();
        if (loaded.Leaf(code) is not { } leaf) return NoCriterion(code);
        if (await access.ScoreAsync(user, loaded.Assessment.UnitId, code, loaded.AreaOf(code), ct) is { } denied) return denied;
        if (writer.Locked(loaded) is { } locked) return locked;
        if (loaded.Assessment.Status != ParStatuses.Open) return Error.Conflict("Bản tự đánh giá đã gửi thẩm định; điểm tự chấm không sửa được nữa.");
        if (await writer.StaleAsync(loaded, request.Version, ct) is { } stale) return stale;

        var item = loaded.Items.First(i => i.Code == code);
        var applicable = request.Applicable ?? item.Applicable;
        var explanation = request.Explanation?.Trim();
        if (explanation?.Length > ParAssessmentItem.TextMax) return Error.Invalid($"Giải thích không được dài quá {ParAssessmentItem.TextMax} ký tự.");
        if (applicable)
        {
            if (request.SelfScore is not { } score) return Error.Invalid($"Nhập điểm tự chấm của tiêu chí {code}.");
            if (RuleScorer.Check(leaf, score) is { } problem) return Error.Invalid(problem);
        }

        var hasEvidence = await db.Set<ParEvidence>().AnyAsync(e => e.ItemId == item.Id, ct);
        if (!hasEvidence && string.IsNullOrEmpty(explanation))
        {
            return Error.Invalid($"Tiêu chí {code} chưa có tài liệu kiểm chứng: đính kèm minh chứng hoặc giải thích cách chấm điểm.");
        }

        item.Applicable = applicable;
        item.SelfScore = applicable ? request.SelfScore : null;
        item.Explanation = string.IsNullOrEmpty(explanation) ? null : explanation;
        writer.Stamp(user, item);
        return await writer.SaveAsync(user, loaded, ct);
    }

    public async Task<Result<ParAssessmentView>> SubmitAsync(ClaimsPrincipal user, Guid id, VersionRequest request, CancellationToken ct = default)
    {
        if (await queries.LoadAsync(id, ct) is not { } loaded || await access.ReadAsync(user, loaded.Assessment.UnitId, ct) is not null) return ParAccess.NotFound();
        if (await access.CompileAsync(user, loaded.Assessment.UnitId, ct) is { } denied) return denied;
        if (writer.Locked(loaded) is { } locked) return locked;
        if (loaded.Assessment.Status != ParStatuses.Open) return Error.Conflict("Bản tự đánh giá đã được gửi thẩm định.");
        if (await writer.StaleAsync(loaded, request.Version, ct) is { } stale) return stale;
        loaded.Assessment.Status = ParStatuses.Submitted;
        loaded.Assessment.SubmittedAt = time.GetUtcNow();
        return await writer.SaveAsync(user, loaded, ct);
    }

    /// <summary>The unit's explanation (giải trình) of a criterion after appraisal round 1; the lock date does not apply.</summary>
    public async Task<Result<ParAssessmentView>> ReplyAsync(ClaimsPrincipal user, Guid id, string code, ReplyRequest request, CancellationToken ct = default)
    {
        if (await queries.LoadAsync(id, ct) is not { } loaded || await access.ReadAsync(user, loaded.Assessment.UnitId, ct) is not null) return ParAccess.NotFound();
        if (loaded.Leaf(code) is null) return NoCriterion(code);
        if (await access.ScoreAsync(user, loaded.Assessment.UnitId, code, loaded.AreaOf(code), ct) is { } denied) return denied;
        if (loaded.Assessment.Status != ParStatuses.Appraising || loaded.Assessment.Round != 2)
        {
            return Error.Conflict("Chỉ giải trình được sau khi thẩm định vòng 1 đã gửi kết quả cho đơn vị.");
        }

        if (await writer.StaleAsync(loaded, request.Version, ct) is { } stale) return stale;
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text)) return Error.Invalid($"Nhập nội dung giải trình của tiêu chí {code}.");
        if (text.Length > ParAssessmentItem.TextMax) return Error.Invalid($"Giải trình không được dài quá {ParAssessmentItem.TextMax} ký tự.");
        var item = loaded.Items.First(i => i.Code == code);
        item.Reply = text;
        writer.Stamp(user, item);
        return await writer.SaveAsync(user, loaded, ct);
    }

    /// <summary>Names the unit of a government that scores an area's criteria (the standing agency of that government).</summary>
    public async Task<Result<bool>> SetAreaOwnerAsync(ClaimsPrincipal user, AreaOwnerRequest request, CancellationToken ct = default)
    {
        if (await access.CompileAsync(user, request.GovernmentId, ct) is { } denied) return denied;
        if (!ParAreas.All.Contains(request.Area)) return Error.Invalid($"Lĩnh vực \"{request.Area}\" không có; dùng một trong: {string.Join(", ", ParAreas.All)}.");
        if (!await tree.IsWithinAsync(request.UnitId, request.GovernmentId, queries.Today, ct) || request.UnitId == request.GovernmentId)
        {
            return Error.Invalid("Đơn vị phụ trách phải là một đơn vị thuộc Ủy ban nhân dân này.");
        }

        var owner = await db.Set<ParAreaOwner>().FirstOrDefaultAsync(o => o.GovernmentId == request.GovernmentId && o.Area == request.Area, ct);
        if (owner is null) db.Add(new ParAreaOwner { GovernmentId = request.GovernmentId, Area = request.Area, UnitId = request.UnitId });
        else owner.UnitId = request.UnitId;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static Error NoCriterion(string code) => Error.NotFound($"Bộ tiêu chí không có tiêu chí chấm điểm mã {code}.");
}
