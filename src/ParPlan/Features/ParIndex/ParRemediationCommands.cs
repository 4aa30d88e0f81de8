using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Plans;

using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using PlanTask = ParPlan.Features.Plans.PlanTask;

namespace ParPlan.Features.ParIndex;

/// <summary>The standing agency's decisions on remediation proposals: accept one (its wording, area, lead unit and due
/// date as given, or as proposed) into a Draft plan of its government for next year, created when there is none; or
/// reject it with a reason. The created task's link to the criterion is the proposal's <see cref="ParRemediation.TaskId"/>.</summary>
public sealed class ParRemediationCommands(AppDbContext db, ParAccess access, ParRemediationQueries queries, ParRemediationPlans plans, IOrgTree tree,
    TimeProvider time)
{
    public async Task<Result<ParRemediationView>> AcceptAsync(ClaimsPrincipal user, Guid assessmentId, string code, ParRemediationDecision request,
        CancellationToken ct = default)
    {
        var found = await FindAsync(user, assessmentId, code, request.Version, ct);
        if (!found.IsSuccess) return found.Error!;
        var r = found.Value!;
        if (r.Status == ParRemediationStatuses.Accepted) return Error.Conflict($"Đề xuất khắc phục tiêu chí {code} đã được đưa vào kế hoạch.", await ViewAsync(r, ct));
        var title = string.IsNullOrWhiteSpace(request.Title) ? r.Title : request.Title.Trim();
        if (title.Length > PlanTask.TitleMax) return Error.Invalid($"Tên nhiệm vụ không được dài quá {PlanTask.TitleMax} ký tự.");
        var area = string.IsNullOrWhiteSpace(request.Area) ? r.AreaCode : request.Area.Trim();
        if (AreaNames.Order(area) == int.MaxValue) return Error.Invalid("Chọn lĩnh vực của kế hoạch trong danh sách.");
        var today = VietnamTime.Today(time);
        var lead = request.LeadUnitId ?? r.LeadUnitId;
        if (lead is { } l && !await tree.IsWithinAsync(l, r.GovernmentId, today, ct)) return Error.Invalid("Đơn vị chủ trì phải thuộc chính quyền có kế hoạch.");
        var due = request.DueOn ?? r.DueOn;
        var plan = await plans.TargetAsync(r, request.PlanId, CurrentUser.From(user)?.UserName, ct);
        if (!plan.IsSuccess) return plan.Error!;
        if (due is { } d && (d < plan.Value!.PeriodFrom || d > plan.Value.PeriodTo))
        {
            return Error.Invalid($"Thời hạn hoàn thành phải trong kỳ của kế hoạch ({DateText.Format(plan.Value.PeriodFrom)} – {DateText.Format(plan.Value.PeriodTo)}).");
        }

        var task = await plans.AddTaskAsync(plan.Value!, r, title, area, lead, due, ct);
        (r.Title, r.AreaCode, r.LeadUnitId, r.DueOn, r.PlanId, r.TaskId, r.Note) = (title, area, lead, due, plan.Value!.Id, task.Id, null);
        return await DecideAsync(user, r, ParRemediationStatuses.Accepted, ct);
    }

    public async Task<Result<ParRemediationView>> RejectAsync(ClaimsPrincipal user, Guid assessmentId, string code, ParRemediationDecision request,
        CancellationToken ct = default)
    {
        var found = await FindAsync(user, assessmentId, code, request.Version, ct);
        if (!found.IsSuccess) return found.Error!;
        var r = found.Value!;
        if (r.Status == ParRemediationStatuses.Accepted) return Error.Conflict($"Đề xuất khắc phục tiêu chí {code} đã được đưa vào kế hoạch; sửa nhiệm vụ trong kế hoạch.", await ViewAsync(r, ct));
        var note = request.Note?.Trim();
        if (note?.Length > ParRemediation.NoteMax) return Error.Invalid($"Lý do không được dài quá {ParRemediation.NoteMax} ký tự.");
        r.Note = string.IsNullOrEmpty(note) ? null : note;
        return await DecideAsync(user, r, ParRemediationStatuses.Rejected, ct);
    }

    /// <summary>The tracked proposal when the user may decide it at this version; else 404 (not readable, no proposal), 403 or 409.</summary>
    private async Task<Result<ParRemediation>> FindAsync(ClaimsPrincipal user, Guid assessmentId, string code, long version, CancellationToken ct)
    {
        var unit = await db.Set<ParAssessment>().AsNoTracking().Where(a => a.Id == assessmentId).Select(a => (Guid?)a.UnitId).FirstOrDefaultAsync(ct);
        if (unit is not { } u) return ParAccess.NotFound();
        if (await access.RemediateAsync(user, u, ct) is { } denied) return denied;
        var r = await db.Set<ParRemediation>().FirstOrDefaultAsync(x => x.AssessmentId == assessmentId && x.Code == code, ct);
        if (r is null) return Error.NotFound($"Tiêu chí {code} không có đề xuất khắc phục (chưa chốt kết quả, hoặc đơn vị đạt điểm tối đa).");
        if (r.Version != version)
        {
            return Error.Conflict($"Đề xuất khắc phục tiêu chí {code} vừa được {r.DecidedBy ?? "người khác"} thay đổi (phiên bản {r.Version}); tải lại rồi làm tiếp.",
                await ViewAsync(r, ct));
        }

        return r;
    }

    private async Task<Result<ParRemediationView>> DecideAsync(ClaimsPrincipal user, ParRemediation r, string status, CancellationToken ct)
    {
        r.Status = status;
        r.DecidedAt = time.GetUtcNow();
        r.DecidedBy = CurrentUser.From(user)?.UserName;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("Đề xuất khắc phục hoặc kế hoạch vừa được người khác thay đổi; tải lại rồi làm tiếp.");
        }

        return await ViewAsync(r, ct);
    }

    private async Task<ParRemediationView> ViewAsync(ParRemediation r, CancellationToken ct) => (await queries.ViewsAsync([r], ct))[0];
}
