using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Text;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.ParIndex;

/// <summary>The shared end of every assessment change: the version check (409 with the current state), the lock date
/// (423), the totals, the stamp and the save.</summary>
public sealed class ParWriter(AppDbContext db, ParAssessmentQueries queries, TimeProvider time)
{
    public async Task<Error?> StaleAsync(ParLoaded loaded, long version, CancellationToken ct = default) =>
        loaded.Assessment.Version == version
            ? null
            : Error.Conflict($"Bản tự đánh giá vừa được {loaded.Assessment.UpdatedBy} thay đổi (phiên bản {loaded.Assessment.Version}); tải lại rồi sửa tiếp.",
                await queries.ViewAsync(loaded, ct));

    public Error? Locked(ParLoaded loaded) =>
        queries.Today > loaded.Stored.LockOn
            ? Error.Locked($"Đã khóa tự đánh giá từ sau ngày {DateText.Format(loaded.Stored.LockOn)}: điểm tự chấm, minh chứng và việc gửi thẩm định không thay đổi được nữa.")
            : null;

    public async Task<Result<ParAssessmentView>> SaveAsync(ClaimsPrincipal user, ParLoaded loaded, CancellationToken ct = default)
    {
        ParAssessmentQueries.Totals(loaded);
        loaded.Assessment.UpdatedAt = time.GetUtcNow();
        loaded.Assessment.UpdatedBy = CurrentUser.From(user)?.UserName ?? "";
        db.Entry(loaded.Assessment).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var fresh = await queries.LoadAsync(loaded.Assessment.Id, ct);
            return Error.Conflict("Bản tự đánh giá vừa được người khác thay đổi; tải lại rồi sửa tiếp.", fresh is null ? null : await queries.ViewAsync(fresh, ct));
        }

        return await queries.ViewAsync(loaded, ct);
    }

    public void Stamp(ClaimsPrincipal user, ParAssessmentItem item)
    {
        item.UpdatedAt = time.GetUtcNow();
        item.UpdatedBy = CurrentUser.From(user)?.UserName;
    }

    public static string Points(decimal value) => NumberText.Decimal(value);
}
