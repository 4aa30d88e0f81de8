using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Dossiers;
using ParPlan.Data;

namespace ParPlan.Features.Dossiers;

/// <summary>The column-mapping step: a source whose export is not in the canonical layout gets a
/// <see cref="DossierColumnMap"/>, saved per source name and used by every later import from it.</summary>
public sealed class DossierMaps(AppDbContext db)
{
    public async Task<Result<string>> SaveAsync(string source, DossierColumnMap map, CancellationToken ct = default)
    {
        source = source.Trim();
        if (source.Length is 0 or > 100) return Error.Invalid("Tên nguồn dữ liệu phải có từ 1 đến 100 ký tự.");
        var problems = map.Validate();
        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems));
        var stored = await db.Set<DossierSourceMap>().FirstOrDefaultAsync(m => m.Source == source, ct);
        if (stored is null)
        {
            stored = new DossierSourceMap { Source = source };
            db.Add(stored);
        }

        stored.MapJson = (map with { Name = source }).ToJson();
        await db.SaveChangesAsync(ct);
        return source;
    }

    public Task<string?> FindAsync(string source, CancellationToken ct = default) =>
        db.Set<DossierSourceMap>().AsNoTracking().Where(m => m.Source == source).Select(m => m.MapJson).FirstOrDefaultAsync(ct);
}
