using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Audit;

/// <summary>Reads audit rows as people read them: each change a list of fields with Vietnamese names (from
/// <see cref="AuditLabels"/>) and values before and after in words (<see cref="AuditValueText"/>); ids become the names
/// of units, plans, tasks, groups, users and roles.</summary>
public sealed class AuditChanges(AppDbContext db)
{
    public async Task<IReadOnlyList<AuditChange>> DescribeAsync(IReadOnlyList<AuditRow> rows, CancellationToken ct = default)
    {
        var parsed = rows.Select(r => (Row: r, Before: Parse(r.Before), After: Parse(r.After))).ToList();
        var ids = parsed.SelectMany(p => Guids(p.Row.EntityKey).Concat(Guids(p.Before)).Concat(Guids(p.After))).ToHashSet();
        var names = await NamesAsync(ids, ct);
        var types = db.Model.GetEntityTypes().GroupBy(t => AuditInterceptor.EntityName(t.ClrType)).ToDictionary(g => g.Key, g => g.First());
        return parsed.Select(p => Describe(p.Row, p.Before, p.After, types.GetValueOrDefault(p.Row.EntityType), names)).ToList();
    }

    private static AuditChange Describe(AuditRow row, Dictionary<string, JsonElement> before, Dictionary<string, JsonElement> after,
        IEntityType? type, IReadOnlyDictionary<string, string> names)
    {
        var fields = before.Keys.Union(after.Keys).Where(f => f != "Id").Order(StringComparer.Ordinal).Select(f =>
        {
            var clr = type?.FindProperty(f)?.ClrType;
            string Text(Dictionary<string, JsonElement> side) =>
                side.TryGetValue(f, out var v) ? AuditValueText.Of(v, clr, f, names) : "";
            return new AuditFieldChange(AuditLabels.Field(row.EntityType, f), Text(before), Text(after));
        }).ToList();
        var subject = string.Join(" · ", row.EntityKey.Split('|')
            .Select(k => Guid.TryParse(k, out var id) ? names.GetValueOrDefault(id.ToString(), "") : "")
            .Where(k => k.Length > 0));
        if (subject.Length == 0)
        {
            subject = after.TryGetValue("Name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!
                : after.TryGetValue("Title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        }

        return new AuditChange(row.Id, DateText.Instant(row.At), row.UserName, AuditLabels.Action(row.Action.ToString()),
            AuditLabels.Entity(row.EntityType), subject, fields);
    }

    private async Task<Dictionary<string, string>> NamesAsync(HashSet<Guid> ids, CancellationToken ct)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return names;
        }

        void Add(Guid id, string name) => names.TryAdd(id.ToString(), name);
        foreach (var u in await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
        {
            Add(u.Id, u.Name);
        }

        foreach (var p in await db.Plans.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync(ct))
        {
            Add(p.Id, p.Title);
        }

        foreach (var t in await db.PlanTasks.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Ref, t.Title }).ToListAsync(ct))
        {
            Add(t.Id, $"Nhiệm vụ {t.Ref}: {t.Title}");
        }

        foreach (var g in await db.UnitGroups.AsNoTracking().Where(g => ids.Contains(g.Id)).Select(g => new { g.Id, g.Name }).ToListAsync(ct))
        {
            Add(g.Id, g.Name);
        }

        var textIds = ids.Select(i => i.ToString()).ToList();
        foreach (var u in await db.Users.AsNoTracking().Where(u => textIds.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToListAsync(ct))
        {
            names.TryAdd(Guid.TryParse(u.Id, out var id) ? id.ToString() : u.Id, u.UserName ?? "tài khoản");
        }

        foreach (var r in await db.Roles.AsNoTracking().Where(r => textIds.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(ct))
        {
            names.TryAdd(Guid.TryParse(r.Id, out var id) ? id.ToString() : r.Id, Auth.Roles.DisplayName(r.Name ?? ""));
        }

        return names;
    }

    private static Dictionary<string, JsonElement> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IEnumerable<Guid> Guids(string text) =>
        AuditValueText.AnyGuid().Matches(text).Select(m => Guid.Parse(m.Value));

    private static IEnumerable<Guid> Guids(Dictionary<string, JsonElement> values) =>
        values.Values.Where(v => v.ValueKind == JsonValueKind.String).SelectMany(v => Guids(v.GetString() ?? ""));
}
