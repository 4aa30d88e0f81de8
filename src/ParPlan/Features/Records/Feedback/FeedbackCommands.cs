using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Records;

/// <summary>Logs a feedback (the standing agency, entered by hand) and records its outcome (the handling unit's officers
/// or the standing agency): the outcome, when it was resolved, whether it was published, the sender's satisfaction. Each
/// change refreshes the year's actual of the complaints target (<see cref="FeedbackIndicatorFeed"/>).</summary>
public sealed class FeedbackCommands(AppDbContext db, RecordAccess access, RecordLookups lookups, FeedbackIndicatorFeed feed, TimeProvider time)
{
    public sealed record FeedbackRequest(Guid GovernmentId, string? Number, string? Channel, string? IntakeAddress, DateOnly? ReceivedOn, string? Content,
        Guid? HandlerUnitId, DateOnly? DueOn, bool? WithinCompetence);

    public sealed record OutcomeRequest(string? Outcome, DateOnly? ResolvedOn, bool Published, string? Satisfaction, long? Version);

    public async Task<Result<FeedbackEntry>> LogAsync(ClaimsPrincipal user, FeedbackRequest r, CancellationToken ct = default)
    {
        if (await access.ManageAsync(user, r.GovernmentId, [], "Không tìm thấy chính quyền trong phạm vi của bạn.", ct) is { } denied) return denied;
        var (number, address, content) = (RecordLookups.Trim(r.Number), RecordLookups.Trim(r.IntakeAddress), RecordLookups.Trim(r.Content));
        var problems = new List<string>();
        if (number is null) problems.Add("Nhập số phản ánh, kiến nghị (số vào sổ).");
        if (!FeedbackChannelLabels.IsKnown(r.Channel)) problems.Add("Chọn kênh tiếp nhận.");
        if (address is null) problems.Add("Nhập địa chỉ tiếp nhận đã công khai (địa chỉ, số điện thoại, thư điện tử hoặc trang tiếp nhận).");
        if (content is null) problems.Add("Nhập nội dung phản ánh, kiến nghị.");
        if (r.ReceivedOn is not { } received) problems.Add("Nhập ngày tiếp nhận (dd/MM/yyyy).");
        else if (received > lookups.Today) problems.Add("Ngày tiếp nhận không được sau hôm nay.");
        if (r.DueOn is not { } due) problems.Add("Nhập hạn xử lý (dd/MM/yyyy).");
        else if (r.ReceivedOn is { } rec && due < rec) problems.Add("Hạn xử lý không được trước ngày tiếp nhận.");
        if (r.HandlerUnitId is not { } unit || !await lookups.IsWithinAsync(unit, r.GovernmentId, ct)) problems.Add("Chọn đơn vị xử lý thuộc chính quyền này.");
        if (RecordLookups.TooLong(("Số phản ánh", number, 50), ("Địa chỉ tiếp nhận", address, 500), ("Nội dung", content, FeedbackEntry.TextMax)) is { } tooLong)
        {
            problems.Add(tooLong);
        }

        if (number is not null && await db.Set<FeedbackEntry>().AnyAsync(f => f.GovernmentId == r.GovernmentId && f.Number == number, ct))
        {
            problems.Add($"Số «{number}» đã có trong sổ; nhập số khác.");
        }

        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems)) with { Title = "Thông tin chưa hợp lệ" };
        var entry = new FeedbackEntry
        {
            GovernmentId = r.GovernmentId, Number = number!, Channel = r.Channel!, IntakeAddress = address!, ReceivedOn = r.ReceivedOn!.Value, Content = content!,
            HandlerUnitId = r.HandlerUnitId!.Value, DueOn = r.DueOn!.Value, WithinCompetence = r.WithinCompetence ?? true,
            RecordedBy = CurrentUser.From(user)?.UserName ?? "", RecordedAt = time.GetUtcNow(),
        };
        db.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict($"Số «{number}» vừa được ghi vào sổ; nhập số khác.");
        }

        await feed.RefreshAsync(entry.GovernmentId, entry.ReceivedOn.Year, ct);
        return entry;
    }

    public async Task<Result<FeedbackEntry>> OutcomeAsync(ClaimsPrincipal user, Guid id, OutcomeRequest r, CancellationToken ct = default)
    {
        var f = await db.Set<FeedbackEntry>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return Error.NotFound(FeedbackQueries.NotFound);
        if (await access.ActAsync(user, f.GovernmentId, f.HandlerUnitId, [f.HandlerUnitId], FeedbackQueries.NotFound, ct) is { } denied) return denied;
        if (r.Version is { } v && v != f.Version)
        {
            return Error.Conflict($"Phản ánh này vừa được {f.RecordedBy} cập nhật lúc {DateText.Instant(f.RecordedAt)}. Xem nội dung hiện tại rồi gửi lại.",
                new { f.Outcome, f.ResolvedOn, f.OutcomePublished, f.Satisfaction, f.Version });
        }

        var outcome = RecordLookups.Trim(r.Outcome);
        var problems = new List<string>();
        if (outcome is null) problems.Add("Nhập kết quả xử lý.");
        else if (RecordLookups.TooLong(("Kết quả xử lý", outcome, FeedbackEntry.TextMax)) is { } tooLong) problems.Add(tooLong);
        if (r.ResolvedOn is { } resolved && (resolved < f.ReceivedOn || resolved > lookups.Today))
        {
            problems.Add($"Ngày xử lý xong phải từ ngày tiếp nhận ({DateText.Format(f.ReceivedOn)}) đến hôm nay.");
        }

        if (r.Satisfaction is not null && !FeedbackSatisfactionLabels.IsKnown(r.Satisfaction)) problems.Add("Chọn mức hài lòng trong danh sách.");
        if (r.Published && r.ResolvedOn is null) problems.Add("Chỉ công khai được kết quả khi đã có ngày xử lý xong.");
        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems)) with { Title = "Kết quả xử lý chưa hợp lệ" };
        (f.Outcome, f.ResolvedOn, f.OutcomePublished, f.Satisfaction) = (outcome, r.ResolvedOn, r.Published, r.Satisfaction);
        (f.RecordedBy, f.RecordedAt) = (CurrentUser.From(user)?.UserName ?? "", time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Phản ánh này vừa được người khác cập nhật. Tải lại trang rồi gửi lại.");
        }

        await feed.RefreshAsync(f.GovernmentId, f.ReceivedOn.Year, ct);
        return f;
    }
}
