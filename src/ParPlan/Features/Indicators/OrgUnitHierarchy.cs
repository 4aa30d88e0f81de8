using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParPlan.Core.Indicators;
using ParPlan.Data;

namespace ParPlan.Features.Indicators;

/// <summary>Adapts the effective-dated org tables to <see cref="IUnitHierarchy"/> by unit code: a unit rolls up into
/// its parents and, from the merger date, into its successor (so units merged on 1/7/2025 roll up into the new one).
/// Read with plain commands (three small tables), so the indicator computation after an import sends no EF query.</summary>
public static class OrgUnitHierarchy
{
    public sealed record Snapshot(UnitHierarchy Hierarchy, IReadOnlyDictionary<string, Guid> IdsByCode, IReadOnlyDictionary<Guid, string> CodesById);

    /// <summary>Through the context's connection (and its transaction, if one is open).</summary>
    public static async Task<Snapshot> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await LoadAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task<Snapshot> LoadAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct = default)
    {
        var codes = new Dictionary<Guid, string>();
        await ReadAsync("SELECT \"Id\", \"Code\" FROM \"Units\"", r => codes[r.GetGuid(0)] = r.GetString(1));
        var hierarchy = new UnitHierarchy();

        // Successions first: from the merger date they win over a parent link left open on the old unit.
        var successions = new List<(Guid From, Guid To, DateOnly On)>();
        await ReadAsync("SELECT \"PredecessorId\", \"SuccessorId\", \"EffectiveOn\" FROM \"UnitSuccessions\"",
            r => successions.Add((r.GetGuid(0), r.GetGuid(1), r.GetFieldValue<DateOnly>(2))));
        foreach (var s in successions)
        {
            if (codes.TryGetValue(s.From, out var from) && codes.TryGetValue(s.To, out var to)) hierarchy.Link(from, to, s.On);
        }

        var parents = new List<(Guid Unit, Guid Parent, DateOnly? From, DateOnly? To)>();
        await ReadAsync("SELECT \"UnitId\", \"ParentId\", \"ValidFrom\", \"ValidTo\" FROM \"UnitParents\"",
            r => parents.Add((r.GetGuid(0), r.GetGuid(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3))));
        foreach (var p in parents)
        {
            if (codes.TryGetValue(p.Unit, out var child) && codes.TryGetValue(p.Parent, out var parent)) hierarchy.Link(child, parent, p.From, p.To);
        }

        return new Snapshot(hierarchy, codes.ToDictionary(u => u.Value, u => u.Key, StringComparer.Ordinal), codes);

        async Task ReadAsync(string sql, Action<DbDataReader> add)
        {
            await using var command = StoreCommands.Command(connection, tx, sql);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) add(reader);
        }
    }
}
