using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Dossiers;

/// <summary>The column-mapping step's store: a source whose export is not in the canonical layout gets a
/// <see cref="DossierColumnMap"/>, saved per (government, source) and used by every later import of that government
/// from it. An import reads its government's own map of the source, else the one of the province above it (the shared,
/// province-wide map). An import without a government (the administrator's, the command line's) reads the province's:
/// the store's one UBND tỉnh. Who may save for which government is the caller's check (<c>GovernmentOwnership</c>).</summary>
public sealed class DossierMaps(AppDbContext db, IOrgTree tree, StoreConnections connections, TimeProvider time)
{
    public const string NoSharedOwner = "Cần chỉ rõ chính quyền sở hữu bảng ánh xạ (governmentId): kho dữ liệu không có đúng một UBND tỉnh.";

    /// <summary>Saves the map of <paramref name="government"/> (null: the shared province-wide one) for the source.</summary>
    public async Task<Result<string>> SaveAsync(Guid? government, string source, DossierColumnMap map, CancellationToken ct = default)
    {
        source = source.Trim();
        if (source.Length is 0 or > 100) return Error.Invalid("Tên nguồn dữ liệu phải có từ 1 đến 100 ký tự.");
        var problems = map.Validate();
        if (problems.Count > 0) return Error.Invalid(string.Join(" ", problems));
        if ((government ?? await SharedOwnerAsync(ct)) is not { } owner) return Error.Invalid(NoSharedOwner);
        if (!await IsGovernmentAsync(owner, ct)) return Error.NotFound("Không tìm thấy chính quyền này.");
        var stored = await db.Set<DossierSourceMap>().FirstOrDefaultAsync(m => m.GovernmentId == owner && m.Source == source, ct);
        if (stored is null)
        {
            stored = new DossierSourceMap { GovernmentId = owner, Source = source };
            db.Add(stored);
        }

        stored.MapJson = (map with { Name = source }).ToJson();
        await db.SaveChangesAsync(ct);
        return source;
    }

    /// <summary>The map an import of <paramref name="government"/> from <paramref name="source"/> reads: its own, else
    /// the province's; null when neither has one.</summary>
    public async Task<string?> FindAsync(Guid? government, string source, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await ImportLookups.ColumnMapAsync(connection, connections.IsSqlite, government, source, VietnamTime.Today(time), ct);
    }

    /// <summary>The sources with a map an import of <paramref name="government"/> can use (its own and the province's).</summary>
    public async Task<IReadOnlyList<string>> SourcesAsync(Guid? government, CancellationToken ct = default)
    {
        var owners = await ReadableOwnersAsync(government, ct);
        return await db.Set<DossierSourceMap>().AsNoTracking().Where(m => owners.Contains(m.GovernmentId))
            .Select(m => m.Source).Distinct().OrderBy(s => s).ToListAsync(ct);
    }

    /// <summary>The governments whose maps an import of <paramref name="government"/> reads, nearest first: itself, then
    /// the province it lies in. Without a government: the shared owner alone.</summary>
    public async Task<IReadOnlyList<Guid>> ReadableOwnersAsync(Guid? government, CancellationToken ct = default)
    {
        var provinces = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ProvinceGovernment).Select(u => u.Id).ToListAsync(ct);
        if (government is not { } own) return provinces.Count == 1 ? provinces : [];
        var today = VietnamTime.Today(time);
        var owners = new List<Guid> { own };
        foreach (var province in provinces.Where(p => p != own))
        {
            if (await tree.IsWithinAsync(own, province, today, ct)) owners.Add(province);
        }

        return owners;
    }

    /// <summary>The owner of the shared, province-wide maps: the store's one UBND tỉnh; null when there is none or several.</summary>
    public async Task<Guid?> SharedOwnerAsync(CancellationToken ct = default)
    {
        var provinces = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ProvinceGovernment).Select(u => u.Id).Take(2).ToListAsync(ct);
        return provinces.Count == 1 ? provinces[0] : null;
    }

    private Task<bool> IsGovernmentAsync(Guid id, CancellationToken ct) =>
        db.Units.AnyAsync(u => u.Id == id && (u.Kind == UnitKind.ProvinceGovernment || u.Kind == UnitKind.DistrictGovernment || u.Kind == UnitKind.CommuneGovernment), ct);
}
