using System.Data.Common;
using ParPlan.Features.Organisation;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Dossiers;

/// <summary>What an import reads before its rows, as plain queries on the import's own connection (the EF query pipeline
/// starting was the slowest step before the first row of a command-line import): the column map, the known unit codes,
/// another government's codes, the government named on the command line. Each answers as the EF query it replaces
/// (<see cref="DossierMaps"/>, <see cref="OrgTree"/>).</summary>
internal static class ImportLookups
{
    private const string Governments = "('ProvinceGovernment', 'DistrictGovernment', 'CommuneGovernment')";

    /// <summary>The map an import of <paramref name="government"/> from <paramref name="source"/> reads: its own, else its
    /// province's; without a government, the store's one province's. Null when none has one. (The mapping step reads it too, through <see cref="DossierMaps.FindAsync"/>.)</summary>
    public static async Task<string?> ColumnMapAsync(DbConnection connection, bool sqlite, Guid? government, string source, DateOnly today, CancellationToken ct)
    {
        if (government is null)
        {
            // The one province's map, in one query (the command line's import, in a fresh process: no list of ids to build).
            await using var command = Command(connection, null,
                "SELECT m.\"MapJson\" FROM \"DossierSourceMaps\" m JOIN \"Units\" u ON u.\"Id\" = m.\"GovernmentId\" "
                + "WHERE m.\"Source\" = @s AND u.\"Kind\" = 'ProvinceGovernment' "
                + "AND (SELECT count(*) FROM \"Units\" WHERE \"Kind\" = 'ProvinceGovernment') = 1 LIMIT 1", ("@s", source));
            return await command.ExecuteScalarAsync(ct) as string;
        }

        var owners = await ReadableOwnersAsync(connection, sqlite, government.Value, today, ct);
        var maps = await ListAsync(connection, "SELECT \"GovernmentId\", \"MapJson\" FROM \"DossierSourceMaps\" WHERE \"Source\" = @s",
            r => (Owner: r.GetGuid(0), Json: (string?)r.GetString(1)), ct, ("@s", source));
        return owners.Select(o => maps.FirstOrDefault(m => m.Owner == o).Json).FirstOrDefault(json => json is not null);
    }

    /// <summary>As <see cref="DossierMaps.ReadableOwnersAsync"/>: the government itself, then the provinces it lies in.</summary>
    private static async Task<IReadOnlyList<Guid>> ReadableOwnersAsync(DbConnection connection, bool sqlite, Guid own, DateOnly today, CancellationToken ct)
    {
        var provinces = await ListAsync(connection, "SELECT \"Id\" FROM \"Units\" WHERE \"Kind\" = 'ProvinceGovernment'", r => r.GetGuid(0), ct);
        var ancestors = await AncestorsAsync(connection, sqlite, own, today, ct);
        return [own, .. provinces.Where(p => p != own && ancestors.Contains(p))];
    }

    /// <summary>As <see cref="OrgTree.AncestorsAsync"/>: the parents of a unit on a date, nearest first.</summary>
    private static async Task<List<Guid>> AncestorsAsync(DbConnection connection, bool sqlite, Guid unit, DateOnly asOf, CancellationToken ct)
    {
        var result = new List<Guid>();
        var seen = new HashSet<Guid> { unit };
        var current = unit;
        while (true)
        {
            var parent = await ListAsync(connection,
                "SELECT \"ParentId\" FROM \"UnitParents\" WHERE \"UnitId\" = @u AND (\"ValidFrom\" IS NULL OR \"ValidFrom\" <= @d) "
                + "AND (\"ValidTo\" IS NULL OR \"ValidTo\" >= @d) ORDER BY \"ValidFrom\" DESC LIMIT 1", r => r.GetGuid(0), ct, ("@u", Id(current, sqlite)), ("@d", asOf));
            if (parent.Count == 0 || !seen.Add(parent[0])) return result;
            result.Add(parent[0]);
            current = parent[0];
        }
    }

    /// <summary>Every unit code of the store (the reader's check of a row's unit).</summary>
    public static async Task<HashSet<string>> UnitCodesAsync(DbConnection connection, CancellationToken ct) =>
        (await ListAsync(connection, "SELECT \"Code\" FROM \"Units\"", r => r.GetString(0), ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Codes of the source already stored for a unit outside the import's units: another government's dossiers,
    /// which this import must not overwrite (its rows with these codes are rejected). One pass over the source's codes,
    /// only for an import confined to a government.</summary>
    public static async Task<IReadOnlySet<string>> ForeignCodesAsync(DbConnection connection, string source, Func<string, bool> allowed, CancellationToken ct)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        await using var command = Command(connection, null, "SELECT \"Code\", \"UnitCode\" FROM \"Dossiers\" WHERE \"Source\" = @s", ("@s", source));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (!allowed(reader.GetString(1))) codes.Add(reader.GetString(0));
        }

        return codes;
    }

    /// <summary>The government (UBND tỉnh / huyện / xã) with this unit code; null when there is none.</summary>
    public static async Task<Guid?> GovernmentAsync(DbConnection connection, string code, CancellationToken ct)
    {
        var found = await ListAsync(connection, $"SELECT \"Id\" FROM \"Units\" WHERE \"Code\" = @c AND \"Kind\" IN {Governments} LIMIT 1",
            r => r.GetGuid(0), ct, ("@c", code));
        return found.Count == 0 ? null : found[0];
    }
}
