using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Reports;

/// <summary>The typed-in annex rows (values the store cannot compute: units inspected, documents signed digitally …),
/// edited like a section while the report is editable and frozen with the figures at submission; and withdrawing a
/// child's waiver, with a reason.</summary>
public sealed partial class ReportCommands
{
    public const int AnnexNoteMax = 500;

    public async Task<Result<ReportState>> EditAnnexAsync(ClaimsPrincipal user, Guid id, AnnexEditRequest request, CancellationToken ct = default)
    {
        var (report, _, failure) = await ForWriteAsync(user, id, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (request.Rows is not { Count: > 0 } changes)
        {
            return Error.Invalid("Chưa có số liệu nào của phụ lục để lưu (rows).");
        }

        var template = AnnexTemplates.TypedRows(report!.AnnexKey).ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change.Code is null || !template.TryGetValue(change.Code, out var row))
            {
                return Error.Invalid($"Phụ lục của báo cáo này không có dòng “{change.Code}”. Chỉ nhập các dòng của mẫu phụ lục.");
            }

            if (change.Value is < 0)
            {
                return Error.Invalid($"Số liệu của dòng “{row.Label}” không được âm.");
            }

            if (TypedAnnexTotals.IsRate(row) && change.Value is > 100)
            {
                return Error.Invalid($"Dòng “{row.Label}” là tỷ lệ phần trăm: nhập từ 0 đến 100.");
            }

            if (change.Value is > 999_999_999_999m)
            {
                return Error.Invalid($"Số liệu của dòng “{row.Label}” quá lớn.");
            }

            if (change.Note?.Trim().Length > AnnexNoteMax)
            {
                return Error.Invalid($"Ghi chú của dòng “{row.Label}” không quá {AnnexNoteMax} ký tự.");
            }
        }

        if (await CheckVersionAsync(report, request.Version, ct) is { } stale)
        {
            return stale;
        }

        var current = AnnexTemplates.FromJson(report.AnnexJson).ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var note = string.IsNullOrWhiteSpace(change.Note) ? null : change.Note.Trim();
            current[change.Code!] = template[change.Code!] with { Value = change.Value, Note = note };
        }

        report.AnnexJson = AnnexTemplates.ToJson(AnnexTemplates.Merge(report.AnnexKey, current.Values).Where(r => r.Value is not null || r.Note is not null));
        var me = CurrentUser.From(user)!;
        Touch(report, me, "Sửa số liệu phụ lục");
        return await SaveAsync(report, ct);
    }

    /// <summary>Withdraws a child's waiver from a government's report (while the report is editable), with a reason: the
    /// child's report is then needed again before the government's report can be sent.</summary>
    public async Task<Result<ReportState>> RevokeWaiverAsync(ClaimsPrincipal user, Guid id, Guid childUnitId, RevokeWaiverRequest request,
        CancellationToken ct = default)
    {
        var (report, _, failure) = await ForWriteAsync(user, id, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (Reason(request.Reason?.Trim(), "Phải nêu lý do bỏ miễn báo cáo cho đơn vị.") is { } invalid)
        {
            return invalid;
        }

        if (request.Version is not null && await CheckVersionAsync(report!, request.Version, ct) is { } stale)
        {
            return stale;
        }

        var waiver = await db.Set<ReportWaiver>().FirstOrDefaultAsync(w => w.ReportId == id && w.ChildUnitId == childUnitId && w.RevokedAt == null, ct);
        if (waiver is null)
        {
            return Error.NotFound("Đơn vị này không được miễn báo cáo trong báo cáo này nên không có gì để bỏ.");
        }

        var me = CurrentUser.From(user)!;
        waiver.RevokedAt = time.GetUtcNow();
        waiver.RevokedBy = me.UserName;
        waiver.RevokeReason = request.Reason!.Trim();
        var name = (await units.FindAsync(childUnitId, ct))?.Name ?? "đơn vị";
        Touch(report!, me, $"Bỏ miễn báo cáo cho {name}");
        return await SaveAsync(report!, ct);
    }
}
