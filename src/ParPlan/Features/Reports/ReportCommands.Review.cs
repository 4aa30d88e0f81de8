using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Reports;

/// <summary>The receiving standing agency's steps: accept a submitted report (it is then locked), return it with a reason
/// (back to editable, its figures live again), and withdraw an acceptance with a reason (back to submitted, awaiting
/// review). Only the receiving level may do them; unit officers, leaders and appraisers get 403 and nothing is saved.</summary>
public sealed partial class ReportCommands
{
    public async Task<Result<ReportState>> AcceptAsync(ClaimsPrincipal user, Guid id, ReportActionRequest request, CancellationToken ct = default)
    {
        var (report, failure) = await ForReviewAsync(user, id, ReportStatus.Submitted, request.Version, ct);
        if (failure is not null)
        {
            return failure;
        }

        var me = CurrentUser.From(user)!;
        report!.Status = ReportStatus.Accepted;
        report.AcceptedAt = time.GetUtcNow();
        report.AcceptedBy = me.UserName;
        Touch(report, me, "Tiếp nhận báo cáo");
        return await SaveAsync(report, ct);
    }

    public async Task<Result<ReportState>> ReturnAsync(ClaimsPrincipal user, Guid id, ReportActionRequest request, CancellationToken ct = default)
    {
        var reason = request.Reason?.Trim();
        var (report, failure) = await ForReviewAsync(user, id, ReportStatus.Submitted, request.Version, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (Reason(reason, "Phải nêu lý do trả lại báo cáo để đơn vị biết cần sửa gì.") is { } invalid)
        {
            return invalid;
        }

        var me = CurrentUser.From(user)!;
        report!.Status = ReportStatus.Returned;
        report.ReturnedAt = time.GetUtcNow();
        report.ReturnedBy = me.UserName;
        report.ReturnReason = reason;
        report.FiguresJson = null;
        report.AsOf = null;
        Touch(report, me, "Trả lại báo cáo");
        return await SaveAsync(report, ct);
    }

    public async Task<Result<ReportState>> UnacceptAsync(ClaimsPrincipal user, Guid id, ReportActionRequest request, CancellationToken ct = default)
    {
        var reason = request.Reason?.Trim();
        var (report, failure) = await ForReviewAsync(user, id, ReportStatus.Accepted, request.Version, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (Reason(reason, "Phải nêu lý do hủy tiếp nhận báo cáo.") is { } invalid)
        {
            return invalid;
        }

        var me = CurrentUser.From(user)!;
        report!.Status = ReportStatus.Submitted;
        report.UnacceptedAt = time.GetUtcNow();
        report.UnacceptedBy = me.UserName;
        report.UnacceptReason = reason;
        report.AcceptedAt = null;
        report.AcceptedBy = null;
        Touch(report, me, "Hủy tiếp nhận báo cáo");
        return await SaveAsync(report, ct);
    }

    private static Error? Reason(string? reason, string missing) =>
        string.IsNullOrEmpty(reason) ? Error.Invalid(missing)
        : reason.Length > ReportInstance.ReasonMax ? Error.Invalid($"Lý do không quá {ReportInstance.ReasonMax} ký tự.")
        : null;

    private async Task<(ReportInstance? Report, UnitInfo? Unit, Error? Failure)> ForWriteAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var report = await db.Set<ReportInstance>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || await units.FindAsync(report.UnitId, ct) is not { } unit)
        {
            return (null, null, ReportAccess.NotFound());
        }

        if (await access.WriteDenyAsync(user, unit.Id, unit.IsGovernment, ct) is { } denied)
        {
            return (null, null, denied);
        }

        return report.Status.IsEditable()
            ? (report, unit, null)
            : (null, null, Error.Conflict("Báo cáo đã gửi nên không sửa được nữa. Nếu cần sửa, đề nghị cơ quan nhận báo cáo trả lại.", StateOf(report)));
    }

    private async Task<(ReportInstance? Report, Error? Failure)> ForReviewAsync(ClaimsPrincipal user, Guid id, ReportStatus expected, long? version,
        CancellationToken ct)
    {
        var report = await db.Set<ReportInstance>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || await units.FindAsync(report.UnitId, ct) is not { } unit)
        {
            return (null, ReportAccess.NotFound());
        }

        if (await access.ReviewDenyAsync(user, unit.Id, unit.IsGovernment, ct) is { } denied)
        {
            return (null, denied);
        }

        if (await CheckVersionAsync(report, version, ct) is { } stale)
        {
            return (null, stale);
        }

        if (report.Status != expected)
        {
            return (null, Error.Conflict(expected == ReportStatus.Submitted
                ? "Báo cáo không ở trạng thái chờ tiếp nhận nên không tiếp nhận hay trả lại được."
                : "Báo cáo chưa được tiếp nhận nên không hủy tiếp nhận được.", StateOf(report)));
        }

        return (report, null);
    }

    private Task<Error?> CheckVersionAsync(ReportInstance report, long? version, CancellationToken ct)
    {
        if (version is not { } v)
        {
            return Task.FromResult<Error?>(Error.Invalid("Thiếu phiên bản (version) của báo cáo."));
        }

        return Task.FromResult(v == report.Version ? null : Stale(StateOf(report)));
    }

    private void Touch(ReportInstance report, CurrentUser me, string what)
    {
        report.ChangedAt = time.GetUtcNow();
        report.ChangedBy = me.UserName;
        report.ChangedWhat = what;
    }

    private async Task<Result<ReportState>> SaveAsync(ReportInstance report, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<ReportInstance>().AsNoTracking().FirstAsync(r => r.Id == report.Id, ct);
            return Stale(StateOf(current));
        }

        return StateOf(report);
    }

    private static ReportState StateOf(ReportInstance r) => new(r.Id, r.Status.ToText(), r.Version, r.AsOf, r.ChangedBy, r.ChangedAt, r.ChangedWhat);

    private static Error Stale(ReportState current) =>
        Error.Conflict(current.ChangedBy is null
            ? "Báo cáo vừa được người khác cập nhật. Xem bản hiện tại rồi gửi lại."
            : $"Báo cáo vừa được {current.ChangedBy} cập nhật ({current.ChangedWhat}) lúc {DateText.Minute(current.ChangedAt!.Value)}. Xem bản hiện tại rồi gửi lại.", current);

    private static Error Exists(Guid id, string label) =>
        Error.Conflict($"Báo cáo {label} của đơn vị đã được lập. Mở báo cáo đã có để tiếp tục.", new ReportStarted(id));
}
