using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Records;

/// <summary>Records a dialogue, its conclusion notice (a file kept with the task evidence, under the same size limit and
/// content check) and its issues; the lead unit reports on an issue until it is closed.</summary>
public sealed class DialogueCommands(AppDbContext db, RecordAccess access, RecordLookups lookups, IOptions<EvidenceOptions> evidence,
    IOptions<DatabaseOptions> data, TimeProvider time)
{
    public sealed record DialogueRequest(Guid GovernmentId, Guid? PlanId, DateOnly? HeldOn, string? Title, string? Participants);

    public sealed record IssueRequest(string? Text, Guid? LeadUnitId, DateOnly? DueOn);

    public sealed record IssueReportRequest(string? Report, bool Closed, DateOnly? ClosedOn, long? Version);

    /// <summary>The evidence folder; notices go under <c>dialogues/{id}/</c>.</summary>
    public string Root => Path.Combine(Path.GetFullPath(data.Value.DataDirectory), "evidence");

    public long MaxBytes => evidence.Value.MaxBytes;

    public Error TooLarge() => Error.TooLarge($"Tệp thông báo kết luận không được vượt quá {MaxBytes / (1024 * 1024)} MB.");

    public async Task<Result<Dialogue>> CreateAsync(ClaimsPrincipal user, DialogueRequest r, CancellationToken ct = default)
    {
        if (await access.ManageAsync(user, r.GovernmentId, [], "Không tìm thấy chính quyền trong phạm vi của bạn.", ct) is { } denied) return denied;
        var (title, participants) = (RecordLookups.Trim(r.Title), RecordLookups.Trim(r.Participants));
        var problems = new List<string>();
        if (title is null) problems.Add("Nhập tên (nội dung) cuộc đối thoại.");
        if (participants is null) problems.Add("Nhập thành phần tham dự.");
        if (r.HeldOn is not { } held) problems.Add("Nhập ngày tổ chức đối thoại (dd/MM/yyyy).");
        else if (held > lookups.Today.AddYears(1) || held.Year < 2000) problems.Add("Ngày tổ chức đối thoại không hợp lệ.");
        if (RecordLookups.TooLong(("Tên cuộc đối thoại", title, Dialogue.TitleMax), ("Thành phần tham dự", participants, Dialogue.TextMax)) is { } tooLong) problems.Add(tooLong);
        if (r.PlanId is { } planId && !await db.Plans.AnyAsync(p => p.Id == planId && p.GovernmentId == r.GovernmentId, ct))
        {
            problems.Add("Kế hoạch đã chọn không phải của chính quyền này.");
        }

        if (problems.Count > 0) return Invalid(problems);
        var dialogue = new Dialogue
        {
            GovernmentId = r.GovernmentId, PlanId = r.PlanId, HeldOn = r.HeldOn!.Value, Title = title!, Participants = participants!,
            CreatedBy = CurrentUser.From(user)?.UserName ?? "", CreatedAt = time.GetUtcNow(),
        };
        db.Add(dialogue);
        await db.SaveChangesAsync(ct);
        return dialogue;
    }

    public async Task<Result<DialogueIssue>> AddIssueAsync(ClaimsPrincipal user, Guid dialogueId, IssueRequest r, CancellationToken ct = default)
    {
        var d = await db.Set<Dialogue>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == dialogueId, ct);
        if (d is null) return Error.NotFound(DialogueQueries.NotFound);
        var leads = await db.Set<DialogueIssue>().Where(i => i.DialogueId == dialogueId).Select(i => i.LeadUnitId).ToListAsync(ct);
        if (await access.ManageAsync(user, d.GovernmentId, leads, DialogueQueries.NotFound, ct) is { } denied) return denied;
        var text = RecordLookups.Trim(r.Text);
        var problems = new List<string>();
        if (text is null) problems.Add("Nhập nội dung vấn đề được nêu tại đối thoại.");
        else if (RecordLookups.TooLong(("Nội dung vấn đề", text, Dialogue.TextMax)) is { } tooLong) problems.Add(tooLong);
        if (r.LeadUnitId is not { } lead || !await lookups.IsWithinAsync(lead, d.GovernmentId, ct)) problems.Add("Chọn đơn vị chủ trì giải quyết thuộc chính quyền này.");
        if (r.DueOn is not { } due) problems.Add("Nhập hạn giải quyết (dd/MM/yyyy).");
        else if (due < d.HeldOn) problems.Add($"Hạn giải quyết không được trước ngày đối thoại ({DateText.Format(d.HeldOn)}).");
        if (problems.Count > 0) return Invalid(problems);
        var issue = new DialogueIssue { DialogueId = dialogueId, Text = text!, LeadUnitId = r.LeadUnitId!.Value, DueOn = r.DueOn!.Value };
        db.Add(issue);
        await db.SaveChangesAsync(ct);
        return issue;
    }

    /// <summary>The lead unit's (or the standing agency's) report on an issue, closing it when <c>Closed</c>.</summary>
    public async Task<Result<DialogueIssue>> ReportAsync(ClaimsPrincipal user, Guid dialogueId, Guid issueId, IssueReportRequest r, CancellationToken ct = default)
    {
        var issue = await db.Set<DialogueIssue>().FirstOrDefaultAsync(i => i.Id == issueId && i.DialogueId == dialogueId, ct);
        var d = issue is null ? null : await db.Set<Dialogue>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == dialogueId, ct);
        if (issue is null || d is null) return Error.NotFound(DialogueQueries.NotFound);
        var leads = await db.Set<DialogueIssue>().Where(i => i.DialogueId == dialogueId).Select(i => i.LeadUnitId).ToListAsync(ct);
        if (await access.ActAsync(user, d.GovernmentId, issue.LeadUnitId, leads, DialogueQueries.NotFound, ct) is { } denied) return denied;
        if (r.Version is { } v && v != issue.Version)
        {
            return Error.Conflict($"Vấn đề này vừa được {issue.ReportedBy} cập nhật lúc {(issue.ReportedAt is { } at ? DateText.Instant(at) : "")}. Xem nội dung hiện tại rồi gửi lại.",
                new { issue.Report, issue.ClosedOn, issue.Version });
        }

        var report = RecordLookups.Trim(r.Report);
        var problems = new List<string>();
        if (report is null) problems.Add("Nhập kết quả, tiến độ giải quyết vấn đề.");
        else if (RecordLookups.TooLong(("Kết quả giải quyết", report, Dialogue.TextMax)) is { } tooLong) problems.Add(tooLong);
        var closedOn = r.Closed ? r.ClosedOn ?? lookups.Today : (DateOnly?)null;
        if (closedOn is { } c && (c < d.HeldOn || c > lookups.Today))
        {
            problems.Add($"Ngày giải quyết xong phải từ ngày đối thoại ({DateText.Format(d.HeldOn)}) đến hôm nay.");
        }

        if (problems.Count > 0) return Invalid(problems);
        issue.Report = report;
        issue.ClosedOn = closedOn;
        issue.ReportedBy = CurrentUser.From(user)?.UserName ?? "";
        issue.ReportedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Vấn đề này vừa được người khác cập nhật. Tải lại trang rồi gửi lại.");
        }

        return issue;
    }

    /// <summary>Attaches (or replaces) the conclusion notice: a PDF, Word, Excel or image file within the evidence limit.</summary>
    public async Task<Result<Dialogue>> AttachNoticeAsync(ClaimsPrincipal user, Guid id, string? number, DateOnly? date, IFormFile? file, CancellationToken ct = default)
    {
        var d = await db.Set<Dialogue>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Error.NotFound(DialogueQueries.NotFound);
        var leads = await db.Set<DialogueIssue>().Where(i => i.DialogueId == id).Select(i => i.LeadUnitId).ToListAsync(ct);
        if (await access.ManageAsync(user, d.GovernmentId, leads, DialogueQueries.NotFound, ct) is { } denied) return denied;
        if (file is null || file.Length == 0) return Error.Invalid("Chọn tệp thông báo kết luận (PDF, Word, Excel hoặc ảnh).");
        if (file.Length > MaxBytes) return TooLarge();
        if (RecordLookups.TooLong(("Số thông báo", RecordLookups.Trim(number), 50)) is { } tooLong) return Error.Invalid(tooLong);
        var stored = await UploadStore.SaveAsync(file, Root, Path.Combine("dialogues", id.ToString("N"), Guid.NewGuid().ToString("N")), ct);
        if (stored.Error is { } refused) return refused;
        var saved = stored.Value!;
        (d.NoticeNumber, d.NoticeDate, d.NoticeFileName, d.NoticeStoredPath, d.NoticeContentType, d.NoticeSize) =
            (RecordLookups.Trim(number), date, Path.GetFileName(file.FileName) is { Length: > 0 } n ? n[..Math.Min(n.Length, 260)] : "thong-bao" + saved.Extension,
                saved.RelativePath, saved.ContentType, file.Length);
        await db.SaveChangesAsync(ct);
        return d;
    }

    private static Error Invalid(List<string> problems) => Error.Invalid(string.Join(" ", problems)) with { Title = "Thông tin chưa hợp lệ" };
}
