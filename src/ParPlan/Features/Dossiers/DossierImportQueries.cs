using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Dossiers;

/// <summary>What the import pages and <c>GET /api/dossiers/import/{id}</c> read, confined to the user's government
/// (<see cref="GovernmentOwnership"/>): another government's job is not found, the same as one that does not exist.</summary>
public sealed class DossierImportQueries(AppDbContext db, GovernmentOwnership ownership, DossierMaps maps, ImportProgress progress)
{
    public const string NotFoundText = "Không tìm thấy lần nhập này.";

    /// <summary>The job with up to <paramref name="rejections"/> rejected rows; null when unknown or not the user's government's.</summary>
    public async Task<ImportJobView?> JobAsync(ClaimsPrincipal user, long id, int rejections = 500, CancellationToken ct = default)
    {
        var batch = await db.Set<ImportBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null || !await ownership.MayUseAsync(user, batch.GovernmentId, ct)) return null;
        var rows = rejections <= 0 ? [] : await db.Set<ImportRejection>().AsNoTracking().Where(r => r.BatchId == id).OrderBy(r => r.Line)
            .Take(rejections).ToListAsync(ct);
        return new ImportJobView(batch, DossierEndpoints.ToDto(batch, progress), rows);
    }

    /// <summary>The latest imports the user may see: their government's; every government's for the administrator.</summary>
    public async Task<IReadOnlyList<ImportBatch>> RecentAsync(ClaimsPrincipal user, int count = 20, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is null) return [];
        var query = db.Set<ImportBatch>().AsNoTracking();
        if (!me.IsAdmin)
        {
            if (me.Role != Roles.StandingOfficer || await ownership.GovernmentOfAsync(user, ct) is not { } own) return [];
            query = query.Where(b => b.GovernmentId == own);
        }

        return await query.OrderByDescending(b => b.Id).Take(count).ToListAsync(ct);
    }

    /// <summary>The sources with a saved map the user's imports can use (their government's and the province's).</summary>
    public async Task<IReadOnlyList<string>> SourcesAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        await maps.SourcesAsync(await ownership.GovernmentOfAsync(user, ct), ct);
}
