using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Records;

/// <summary>What the record pages and commands look up besides the records: unit names, the units of a government a
/// record may name, the governments a user may pick, the plans of a government. Text input is trimmed here too.</summary>
public sealed class RecordLookups(AppDbContext db, IOrgTree tree, IndicatorBoardQueries board, GovernmentOwnership ownership, TimeProvider time)
{
    public DateOnly Today => VietnamTime.Today(time);

    public async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var list = ids.Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    /// <summary>The government and every unit under it today, government first, then by name.</summary>
    public async Task<List<(Guid Id, string Name)>> UnitChoicesAsync(Guid governmentId, CancellationToken ct = default)
    {
        var ids = (await tree.SubtreeAsync(governmentId, Today, ct)).ToList();
        var names = await NamesAsync(ids, ct);
        return names.OrderBy(n => n.Key == governmentId ? 0 : 1).ThenBy(n => n.Value, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .Select(n => (n.Key, n.Value)).ToList();
    }

    public Task<bool> IsWithinAsync(Guid unitId, Guid governmentId, CancellationToken ct = default) => tree.IsWithinAsync(unitId, governmentId, Today, ct);

    /// <summary>The governments the user reads today, province first.</summary>
    public async Task<List<BoardGovernment>> GovernmentsAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        await board.GovernmentsAsync(user, Today, ct);

    /// <summary>The government a new record of the user goes to by default: their own (null for the administrator).</summary>
    public Task<Guid?> OwnGovernmentAsync(ClaimsPrincipal user, CancellationToken ct = default) => ownership.GovernmentOfAsync(user, ct);

    public async Task<List<(Guid Id, string Title)>> PlansAsync(Guid governmentId, CancellationToken ct = default) =>
        (await db.Plans.AsNoTracking().Where(p => p.GovernmentId == governmentId).OrderByDescending(p => p.PeriodFrom)
            .Select(p => new { p.Id, p.Number, p.Title }).ToListAsync(ct))
        .Select(p => (p.Id, string.IsNullOrEmpty(p.Number) ? p.Title : $"{p.Number} — {p.Title}")).ToList();

    public static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>"X không dài quá N ký tự." for the first field over its limit, else null.</summary>
    public static string? TooLong(params (string Name, string? Text, int Max)[] fields) =>
        fields.Where(f => f.Text is { } t && t.Length > f.Max).Select(f => $"{f.Name} không dài quá {f.Max:N0} ký tự.".Replace(",", ".", StringComparison.Ordinal))
            .FirstOrDefault();
}
