using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Labels;
using ParPlan.Core.Records;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Records;

/// <summary>Adds initiatives to the registry (the proposing unit's officers or the standing agency) and moves them through
/// evaluation, recognition and application (the standing agency); a change of recognition refreshes the count the
/// indicator board reads (<see cref="InitiativeIndicatorFeed"/>).</summary>
public sealed class InitiativeCommands(AppDbContext db, RecordAccess access, RecordLookups lookups, IOrgTree tree, InitiativeIndicatorFeed feed,
    TimeProvider time)
{
    public sealed record ProposalRequest(Guid? UnitId, string? Title, string? Summary, string? Authors, DateOnly? ProposedOn);

    public sealed record StageRequest(string? Stage, string? Note, string? Level, string? DecisionNumber, DateOnly? DecisionDate, string? AppliedWhere,
        long? Version);

    public async Task<Result<Initiative>> ProposeAsync(ClaimsPrincipal user, ProposalRequest r, CancellationToken ct = default)
    {
        const string noUnit = "Không tìm thấy đơn vị đề xuất trong phạm vi của bạn.";
        if (r.UnitId is not { } unit || await tree.GovernmentOfAsync(unit, lookups.Today, ct) is not { } government) return Error.NotFound(noUnit);
        if (await access.ActAsync(user, government, unit, [unit], noUnit, ct) is { } denied) return denied;
        var (title, summary, authors) = (RecordLookups.Trim(r.Title), RecordLookups.Trim(r.Summary), RecordLookups.Trim(r.Authors));
        var problems = new List<string>();
        if (title is null) problems.Add("Nhập tên sáng kiến.");
        if (r.ProposedOn is not { } proposed) problems.Add("Nhập ngày đề xuất (dd/MM/yyyy).");
        else if (proposed > lookups.Today || proposed.Year < 2000) problems.Add("Ngày đề xuất không được sau hôm nay.");
        if (RecordLookups.TooLong(("Tên sáng kiến", title, InitiativeRules.MaxTitle), ("Tóm tắt", summary, InitiativeRules.MaxText), ("Tác giả", authors, 500))
            is { } tooLong) problems.Add(tooLong);
        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems)) with { Title = "Thông tin chưa hợp lệ" };
        var initiative = new Initiative
        {
            GovernmentId = government, UnitId = unit, Title = title!, Summary = summary, Authors = authors, ProposedOn = r.ProposedOn!.Value,
            UpdatedBy = CurrentUser.From(user)?.UserName ?? "", UpdatedAt = time.GetUtcNow(),
        };
        db.Add(initiative);
        await db.SaveChangesAsync(ct);
        return initiative;
    }

    public async Task<Result<Initiative>> MoveAsync(ClaimsPrincipal user, Guid id, StageRequest r, CancellationToken ct = default)
    {
        var i = await db.Set<Initiative>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return Error.NotFound(InitiativeQueries.NotFound);
        if (await access.ManageAsync(user, i.GovernmentId, [i.UnitId], InitiativeQueries.NotFound, ct) is { } denied) return denied;
        if (r.Version is { } v && v != i.Version)
        {
            return Error.Conflict($"Sáng kiến vừa được {i.UpdatedBy} cập nhật lúc {DateText.Instant(i.UpdatedAt)}. Xem nội dung hiện tại rồi gửi lại.",
                new { i.Stage, i.Version });
        }

        var (note, number, applied) = (RecordLookups.Trim(r.Note), RecordLookups.Trim(r.DecisionNumber), RecordLookups.Trim(r.AppliedWhere));
        var problems = InitiativeRules.CheckMove(i.Stage, r.Stage ?? "", r.Level, number, r.DecisionDate, applied, i.ProposedOn, lookups.Today);
        if (RecordLookups.TooLong(("Nhận xét đánh giá", note, InitiativeRules.MaxText), ("Nơi áp dụng", applied, InitiativeRules.MaxText)) is { } tooLong) problems.Add(tooLong);
        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems)) with { Title = "Chưa chuyển được giai đoạn" };
        var years = new List<int>();
        if (i.DecisionDate is { } before) years.Add(before.Year);
        i.Stage = r.Stage!;
        if (note is not null) i.EvaluationNote = note;
        if (r.Stage == InitiativeStageLabels.Recognised) (i.RecognitionLevel, i.DecisionNumber, i.DecisionDate) = (r.Level, number, r.DecisionDate);
        if (r.Stage == InitiativeStageLabels.Applied) i.AppliedWhere = applied;
        (i.UpdatedBy, i.UpdatedAt) = (CurrentUser.From(user)?.UserName ?? "", time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Sáng kiến vừa được người khác cập nhật. Tải lại trang rồi gửi lại.");
        }

        if (i.DecisionDate is { } after) years.Add(after.Year);
        if (years.Count > 0) await feed.RefreshAsync(i.GovernmentId, years, ct);
        return i;
    }
}
