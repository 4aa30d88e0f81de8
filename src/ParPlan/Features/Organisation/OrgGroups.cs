using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Organisation;

/// <summary>Named unit groups (class phrases of the plans) and text look-ups through aliases.</summary>
public sealed class OrgGroups(AppDbContext db, OrgTree tree)
{
    public async Task<Result<Guid>> CreateAsync(CreateGroupRequest request, CancellationToken ct = default)
    {
        var code = request.Code.Trim();
        var name = request.Name.Trim();
        if (code.Length == 0 || name.Length == 0)
        {
            return Error.Invalid("Mã và tên nhóm không được để trống.");
        }

        if (TextLimits.Check(("Mã nhóm", code, Unit.CodeMax), ("Tên nhóm", name, Unit.NameMax)) is { } tooLong)
        {
            return tooLong;
        }

        if (await db.UnitGroups.AnyAsync(g => g.Code == code, ct))
        {
            return Error.Conflict($"Mã nhóm '{code}' đã được dùng.");
        }

        var kinds = request.Kinds ?? [];
        if (request.Rule == GroupRule.KindsUnderGovernment && (request.GovernmentId is null || kinds.Count == 0))
        {
            return Error.Invalid("Nhóm theo quy tắc cần một UBND và ít nhất một loại đơn vị.");
        }

        var group = new UnitGroup
        {
            Code = code,
            Name = name,
            GovernmentId = request.GovernmentId,
            Rule = request.Rule,
            MemberKinds = UnitGroup.FormatKinds(kinds),
            IncludeDescendants = request.IncludeDescendants,
        };
        db.UnitGroups.Add(group);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in (request.Aliases ?? []).Prepend(name))
        {
            var key = TextKey.For(text);
            if (key.Length > 0 && keys.Add(key))
            {
                db.UnitGroupAliases.Add(new UnitGroupAlias { GroupId = group.Id, Text = text.Trim(), MatchKey = key });
            }
        }

        await db.SaveChangesAsync(ct);
        return group.Id;
    }

    public async Task<Result<Guid>> AddMemberAsync(AddGroupMemberRequest request, CancellationToken ct = default)
    {
        var group = await db.UnitGroups.FindAsync([request.GroupId], ct);
        if (group is null)
        {
            return Error.NotFound("Không tìm thấy nhóm.");
        }

        if (group.Rule != GroupRule.Explicit)
        {
            return Error.Invalid("Chỉ nhóm liệt kê mới thêm thành viên trực tiếp.");
        }

        if (!await db.Units.AnyAsync(u => u.Id == request.UnitId, ct))
        {
            return Error.NotFound("Không tìm thấy đơn vị.");
        }

        var member = new UnitGroupMember { GroupId = group.Id, UnitId = request.UnitId, ValidFrom = request.ValidFrom, ValidTo = request.ValidTo };
        db.UnitGroupMembers.Add(member);
        db.Entry(group).Property(g => g.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return member.Id;
    }

    /// <summary>The member units on <paramref name="asOf"/>. An open group ("Các phòng ban liên quan") resolves to
    /// nothing: the standing agency picks the units.</summary>
    public async Task<Result<IReadOnlyList<Guid>>> ResolveAsync(Guid groupId, DateOnly asOf, CancellationToken ct = default)
    {
        var group = await db.UnitGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return Error.NotFound("Không tìm thấy nhóm.");
        }

        switch (group.Rule)
        {
            case GroupRule.Open:
                return Array.Empty<Guid>();
            case GroupRule.Explicit:
                var explicitIds = await db.UnitGroupMembers
                    .Where(m => m.GroupId == group.Id
                        && (m.ValidFrom == null || m.ValidFrom <= asOf) && (m.ValidTo == null || m.ValidTo >= asOf))
                    .Join(ValidUnits(asOf), m => m.UnitId, u => u.Id, (m, u) => u.Id)
                    .Distinct()
                    .ToListAsync(ct);
                return explicitIds;
            default:
                if (group.GovernmentId is not { } government)
                {
                    return Array.Empty<Guid>();
                }

                var kinds = group.Kinds().ToList();
                IReadOnlyList<Guid> candidates = group.IncludeDescendants
                    ? (await tree.SubtreeAsync(government, asOf, ct)).Where(id => id != government).ToList()
                    : await db.UnitParents
                        .Where(p => p.ParentId == government
                            && (p.ValidFrom == null || p.ValidFrom <= asOf) && (p.ValidTo == null || p.ValidTo >= asOf))
                        .Select(p => p.UnitId)
                        .ToListAsync(ct);
                var members = await ValidUnits(asOf)
                    .Where(u => candidates.Contains(u.Id) && kinds.Contains(u.Kind))
                    .OrderBy(u => u.Code)
                    .Select(u => u.Id)
                    .ToListAsync(ct);
                return members;
        }
    }

    /// <summary>Units whose name or alias matches <paramref name="text"/> accent-insensitively and that exist on
    /// <paramref name="asOf"/>, optionally only below <paramref name="withinId"/>.</summary>
    public async Task<IReadOnlyList<Guid>> FindUnitsAsync(string text, DateOnly asOf, Guid? withinId = null, CancellationToken ct = default)
    {
        var key = TextKey.For(text);
        var ids = await db.UnitAliases
            .Where(a => a.MatchKey == key)
            .Join(ValidUnits(asOf), a => a.UnitId, u => u.Id, (a, u) => u.Id)
            .Distinct()
            .ToListAsync(ct);
        if (withinId is not { } root)
        {
            return ids;
        }

        var result = new List<Guid>();
        foreach (var id in ids)
        {
            if (await tree.IsWithinAsync(id, root, asOf, ct))
            {
                result.Add(id);
            }
        }

        return result;
    }

    /// <summary>Groups whose name or alias matches <paramref name="text"/>, optionally only those of one government.</summary>
    public async Task<IReadOnlyList<Guid>> FindGroupsAsync(string text, Guid? governmentId = null, CancellationToken ct = default)
    {
        var key = TextKey.For(text);
        return await db.UnitGroupAliases
            .Where(a => a.MatchKey == key)
            .Join(db.UnitGroups, a => a.GroupId, g => g.Id, (a, g) => g)
            .Where(g => governmentId == null || g.GovernmentId == governmentId)
            .Select(g => g.Id)
            .Distinct()
            .ToListAsync(ct);
    }

    private IQueryable<Unit> ValidUnits(DateOnly asOf) =>
        db.Units.AsNoTracking().Where(u => (u.ValidFrom == null || u.ValidFrom <= asOf) && (u.ValidTo == null || u.ValidTo >= asOf));
}
