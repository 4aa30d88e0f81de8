using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Records;

/// <summary>Records a signed commitment with its obligations (the standing agency), and the year-end report on each
/// obligation (the signatory unit's officers, or the standing agency).</summary>
public sealed class CommitmentCommands(AppDbContext db, RecordAccess access, RecordLookups lookups, TimeProvider time)
{
    public sealed record CommitmentRequest(Guid GovernmentId, int? Year, string? Pair, string? Signatory, string? Counterpart, Guid? SignatoryUnitId,
        DateOnly? SignedOn, string? DocumentNumber, IReadOnlyList<string>? Obligations);

    public sealed record ObligationRequest(string? Text);

    public sealed record ObligationReportRequest(string? Result, string? Report, long? Version);

    public async Task<Result<Commitment>> CreateAsync(ClaimsPrincipal user, CommitmentRequest r, CancellationToken ct = default)
    {
        if (await access.ManageAsync(user, r.GovernmentId, [], "Không tìm thấy chính quyền trong phạm vi của bạn.", ct) is { } denied) return denied;
        var (signatory, counterpart, number) = (RecordLookups.Trim(r.Signatory), RecordLookups.Trim(r.Counterpart), RecordLookups.Trim(r.DocumentNumber));
        var obligations = (r.Obligations ?? []).Select(RecordLookups.Trim).OfType<string>().ToList();
        var problems = new List<string>();
        if (r.Year is not (>= 2000 and <= 2100)) problems.Add("Nhập năm cam kết (ví dụ 2026).");
        if (!SignatoryPairLabels.IsKnown(r.Pair)) problems.Add("Chọn cặp bên ký cam kết.");
        if (signatory is null) problems.Add("Nhập người ký cam kết (ví dụ Chủ tịch UBND xã).");
        if (counterpart is null) problems.Add("Nhập người nhận cam kết (ví dụ Chủ tịch UBND tỉnh).");
        if (r.SignatoryUnitId is not { } unit || !await lookups.IsWithinAsync(unit, r.GovernmentId, ct)) problems.Add("Chọn đơn vị của người ký cam kết thuộc chính quyền này.");
        if (r.SignedOn is not { } signed) problems.Add("Nhập ngày ký (dd/MM/yyyy).");
        else if (signed > lookups.Today) problems.Add("Ngày ký không được sau hôm nay.");
        if (RecordLookups.TooLong(("Người ký", signatory, Commitment.NameMax), ("Người nhận cam kết", counterpart, Commitment.NameMax), ("Số văn bản", number, 50))
            is { } tooLong) problems.Add(tooLong);
        if (obligations.Any(o => o.Length > Dialogue.TextMax)) problems.Add($"Mỗi nội dung cam kết không dài quá {Dialogue.TextMax:N0} ký tự.".Replace(",", ".", StringComparison.Ordinal));
        if (obligations.Count > 100) problems.Add("Một bản cam kết có nhiều nhất 100 nội dung.");
        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems)) with { Title = "Thông tin chưa hợp lệ" };
        var commitment = new Commitment
        {
            GovernmentId = r.GovernmentId, Year = r.Year!.Value, Pair = r.Pair!, Signatory = signatory!, Counterpart = counterpart!, SignatoryUnitId = r.SignatoryUnitId!.Value,
            SignedOn = r.SignedOn!.Value, DocumentNumber = number, CreatedBy = CurrentUser.From(user)?.UserName ?? "", CreatedAt = time.GetUtcNow(),
        };
        db.Add(commitment);
        db.AddRange(obligations.Select((o, i) => new CommitmentObligation { CommitmentId = commitment.Id, Order = i + 1, Text = o }));
        await db.SaveChangesAsync(ct);
        return commitment;
    }

    public async Task<Result<CommitmentObligation>> AddObligationAsync(ClaimsPrincipal user, Guid id, ObligationRequest r, CancellationToken ct = default)
    {
        var c = await db.Set<Commitment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Error.NotFound(CommitmentQueries.NotFound);
        if (await access.ManageAsync(user, c.GovernmentId, [c.SignatoryUnitId], CommitmentQueries.NotFound, ct) is { } denied) return denied;
        var text = RecordLookups.Trim(r.Text);
        if (text is null) return Error.Invalid("Nhập nội dung cam kết.");
        if (RecordLookups.TooLong(("Nội dung cam kết", text, Dialogue.TextMax)) is { } tooLong) return Error.Invalid(tooLong);
        var order = await db.Set<CommitmentObligation>().Where(o => o.CommitmentId == id).Select(o => (int?)o.Order).MaxAsync(ct) ?? 0;
        var obligation = new CommitmentObligation { CommitmentId = id, Order = order + 1, Text = text };
        db.Add(obligation);
        await db.SaveChangesAsync(ct);
        return obligation;
    }

    /// <summary>The year-end report on one obligation: its result and the evidence or notes behind it.</summary>
    public async Task<Result<CommitmentObligation>> ReportAsync(ClaimsPrincipal user, Guid id, Guid obligationId, ObligationReportRequest r, CancellationToken ct = default)
    {
        var c = await db.Set<Commitment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        var o = c is null ? null : await db.Set<CommitmentObligation>().FirstOrDefaultAsync(x => x.Id == obligationId && x.CommitmentId == id, ct);
        if (c is null || o is null) return Error.NotFound(CommitmentQueries.NotFound);
        if (await access.ActAsync(user, c.GovernmentId, c.SignatoryUnitId, [c.SignatoryUnitId], CommitmentQueries.NotFound, ct) is { } denied) return denied;
        if (r.Version is { } v && v != o.Version)
        {
            return Error.Conflict($"Nội dung này vừa được {o.ReportedBy} báo cáo lúc {(o.ReportedAt is { } at ? DateText.Instant(at) : "")}. Xem nội dung hiện tại rồi gửi lại.",
                new { o.Result, o.Report, o.Version });
        }

        var report = RecordLookups.Trim(r.Report);
        var problems = new List<string>();
        if (!CommitmentResultLabels.IsKnown(r.Result)) problems.Add("Chọn kết quả thực hiện cam kết.");
        if (report is null) problems.Add("Nhập kết quả cụ thể, minh chứng hoặc ghi chú.");
        else if (RecordLookups.TooLong(("Báo cáo", report, Dialogue.TextMax)) is { } tooLong) problems.Add(tooLong);
        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems)) with { Title = "Báo cáo cam kết chưa hợp lệ" };
        (o.Result, o.Report, o.ReportedBy, o.ReportedAt) = (r.Result, report, CurrentUser.From(user)?.UserName ?? "", time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Nội dung này vừa được người khác báo cáo. Tải lại trang rồi gửi lại.");
        }

        return o;
    }
}
