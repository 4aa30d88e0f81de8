using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.ParIndex;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.ParIndex;

/// <summary>Criteria sets: import (validated; a set of the same government, year and block becomes its next version),
/// list the versions the user sees, read one.</summary>
public sealed class ParSetCommands(AppDbContext db, ParAccess access, GovernmentOwnership ownership, ParSetCache cache, TimeProvider time)
{
    public async Task<Result<Guid>> ImportJsonAsync(ClaimsPrincipal user, string json, CancellationToken ct = default)
    {
        var read = CriteriaJson.Read(json);
        if (!read.IsValid)
        {
            return Error.Invalid("Bộ tiêu chí chưa nhập được: " + string.Join(" ", read.Problems));
        }

        return await ImportAsync(user, read.Set!, ct);
    }

    public async Task<Result<Guid>> ImportAsync(ClaimsPrincipal user, CriteriaSet set, CancellationToken ct = default)
    {
        if (access.Import(user) is { } denied) return denied;
        if (CriteriaValidator.Validate(set) is { Count: > 0 } problems)
        {
            return Error.Invalid("Bộ tiêu chí chưa nhập được: " + string.Join(" ", problems));
        }

        var government = await ownership.GovernmentOfAsync(user, ct);
        var latest = await db.Set<ParCriteriaSet>().Where(s => s.GovernmentId == government && s.Year == set.Year && s.Block == set.Block)
            .MaxAsync(s => (int?)s.SetVersion, ct) ?? 0;
        var stored = new ParCriteriaSet
        {
            GovernmentId = government,
            Name = set.Name.Trim(),
            Issuer = set.Issuer.Trim(),
            Year = set.Year,
            Block = set.Block,
            SetVersion = latest + 1,
            EffectiveFrom = set.EffectiveFrom,
            LockOn = set.SelfAssessmentLockOn,
            Example = set.Example,
            Json = CriteriaJson.Write(set),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = CurrentUser.From(user)?.UserName ?? "",
        };
        if (stored.Name.Length > ParCriteriaSet.NameMax || stored.Issuer.Length > ParCriteriaSet.NameMax)
        {
            return Error.Invalid($"Tên bộ tiêu chí và cơ quan ban hành không được dài quá {ParCriteriaSet.NameMax} ký tự.");
        }

        db.Add(stored);
        await db.SaveChangesAsync(ct);
        return stored.Id;
    }

    public async Task<IReadOnlyList<ParSetSummary>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var all = await db.Set<ParCriteriaSet>().AsNoTracking().OrderByDescending(s => s.Year).ThenBy(s => s.Block).ThenByDescending(s => s.SetVersion).ToListAsync(ct);
        var visible = new List<ParSetSummary>();
        foreach (var s in all)
        {
            if (await access.SeesSetAsync(user, s, ct))
            {
                var superseded = all.Any(o => o.GovernmentId == s.GovernmentId && o.Year == s.Year && o.Block == s.Block && o.SetVersion > s.SetVersion);
                visible.Add(new ParSetSummary(s.Id, s.Name, s.Issuer, s.Year, s.Block, s.SetVersion, s.EffectiveFrom, s.LockOn, s.Example, superseded));
            }
        }

        return visible;
    }

    /// <summary>A stored set the user sees, with its parsed form; null when missing or out of scope.</summary>
    public async Task<(ParCriteriaSet Stored, CriteriaSet Set)?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var stored = await db.Set<ParCriteriaSet>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return stored is not null && await access.SeesSetAsync(user, stored, ct) ? (stored, cache.Get(stored)) : null;
    }

    public static Error NotFound() => Error.NotFound("Không tìm thấy bộ tiêu chí trong phạm vi của bạn.");
}
