using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Records;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Records;

/// <summary>Records the explanation and apology letter of a late dossier, by an officer of its unit (or a standing
/// officer above it), then recomputes the indicators so that the board, the drill-down and the compliance agree at once.</summary>
public sealed class LateDossierCommands(AppDbContext db, LateDossierQueries queries, IndicatorComputer computer, TimeProvider time)
{
    public const string NotFound = "Không tìm thấy hồ sơ hoặc bạn không có quyền xem hồ sơ này.";

    public async Task<Result<LateDossierApology>> RecordAsync(ClaimsPrincipal user, long dossierId, ApologyRequest request, CancellationToken ct = default)
    {
        var dossier = await db.Set<Dossier>().AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new { d.UnitCode, d.ReceivedAt, d.DueAt, d.FinishedAt, d.Status }).FirstOrDefaultAsync(ct);
        if (dossier is null || await queries.UnitOfAsync(dossier.UnitCode, ct) is not { } unit) return Error.NotFound(NotFound);
        if (await queries.DenyAsync(user, ScopeAction.Write, unit.Id, Core.Dossiers.DossierCodes.LocalDate(dossier.ReceivedAt), ct) is { } deny)
        {
            return deny.Code == "not-found" ? Error.NotFound(NotFound) : deny;
        }

        var now = time.GetUtcNow();
        if (!LateDossierQueries.IsLate(dossier.DueAt, dossier.FinishedAt, dossier.Status, now))
        {
            return Error.Invalid("Hồ sơ này không trễ hạn nên không cần giải trình hay thư xin lỗi.") with { Title = "Hồ sơ không trễ hạn" };
        }

        var input = new ApologyInput(Trim(request.Explanation), Trim(request.LetterNumber), request.LetterDate, Trim(request.Method));
        var problems = ApologyRules.Check(input, Core.Dossiers.DossierCodes.LocalDate(dossier.ReceivedAt), VietnamTime.Today(time));
        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems)) with { Title = "Giải trình, xin lỗi chưa hợp lệ" };

        var record = await db.Set<LateDossierApology>().FirstOrDefaultAsync(a => a.DossierId == dossierId, ct);
        if (record is not null && request.Version is { } v && v != record.Version)
        {
            return Error.Conflict($"Giải trình của hồ sơ này vừa được {record.RecordedBy} cập nhật lúc {DateText.Instant(record.RecordedAt)}. Xem nội dung hiện tại rồi gửi lại.",
                new { record.Explanation, record.LetterNumber, record.LetterDate, record.Method, record.Version });
        }

        if (record is null)
        {
            record = new LateDossierApology { DossierId = dossierId };
            db.Add(record);
        }

        record.Explanation = input.Explanation;
        record.LetterNumber = input.LetterNumber;
        record.LetterDate = input.LetterDate;
        record.Method = input.Method;
        var wasComplete = record.Complete;
        record.Complete = input.Complete;
        record.RecordedBy = user.Identity?.Name ?? "";
        record.RecordedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another officer's first record of the same dossier won the unique index, or changed it meanwhile.
            return Error.Conflict("Giải trình của hồ sơ này vừa được người khác ghi nhận. Tải lại trang để xem rồi gửi lại.");
        }

        if (wasComplete != record.Complete) await computer.ComputeAsync(ct);
        return record;
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
