using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Organisation;

/// <summary>Changes to the unit tree. Every change is dated, keeps history on the old units and is audited by
/// the SaveChanges interceptor. Expected failures come back as <see cref="Error"/> values.</summary>
public sealed partial class OrgCommands(AppDbContext db, OrgTree tree, TimeProvider time)
{
    public async Task<Result<Guid>> CreateUnitAsync(CreateUnitRequest request, CancellationToken ct = default)
    {
        var code = request.Code.Trim();
        var name = request.Name.Trim();
        if (code.Length == 0 || name.Length == 0)
        {
            return Error.Invalid("Mã và tên đơn vị không được để trống.");
        }

        if ((TextLimits.Check(("Mã đơn vị", code, Unit.CodeMax), ("Tên đơn vị", name, Unit.NameMax), ("Ghi chú", request.Note, Unit.NoteMax))
             ?? (request.Aliases ?? []).Select(a => TextLimits.Check(("Tên gọi khác", a, Unit.NameMax))).FirstOrDefault(e => e is not null)) is { } tooLong)
        {
            return tooLong;
        }

        if (await db.Units.AnyAsync(u => u.Code == code, ct))
        {
            return Error.Conflict($"Mã đơn vị '{code}' đã được dùng.");
        }

        if (request.ParentId is { } parentId)
        {
            var parent = await db.Units.FindAsync([parentId], ct);
            if (parent is null)
            {
                return Error.NotFound("Không tìm thấy đơn vị cấp trên.");
            }

            if (request.ValidFrom is { } from && !parent.IsValidOn(from))
            {
                return Error.Invalid($"Đơn vị cấp trên '{parent.Name}' không còn hiệu lực vào ngày {from:dd/MM/yyyy}.");
            }
        }

        var unit = new Unit { Code = code, Name = name, Kind = request.Kind, Level = request.Level, ValidFrom = request.ValidFrom, Note = request.Note };
        db.Units.Add(unit);
        db.UnitNames.Add(new UnitName { UnitId = unit.Id, Name = name, ValidFrom = request.ValidFrom });
        if (request.ParentId is { } pid)
        {
            db.UnitParents.Add(new UnitParent { UnitId = unit.Id, ParentId = pid, ValidFrom = request.ValidFrom });
        }

        foreach (var alias in (request.Aliases ?? []).Append(name))
        {
            AddAlias(unit.Id, alias);
        }

        if (request.ValidFrom is { } established)
        {
            AddEvent(unit.Id, UnitEventKind.Established, established, $"Thành lập: {name}", null);
        }

        await SaveAsync(ct);
        return unit.Id;
    }

    public async Task<Result<Guid>> RenameAsync(RenameUnitRequest request, CancellationToken ct = default)
    {
        var unit = await db.Units.FindAsync([request.UnitId], ct);
        if (unit is null)
        {
            return Error.NotFound("Không tìm thấy đơn vị.");
        }

        var newName = request.NewName.Trim();
        if (newName.Length == 0)
        {
            return Error.Invalid("Tên mới không được để trống.");
        }

        if (TextLimits.Check(("Tên đơn vị", newName, Unit.NameMax)) is { } tooLong)
        {
            return tooLong;
        }

        if (!unit.IsValidOn(request.EffectiveOn))
        {
            return Error.Invalid($"Đơn vị không còn hiệu lực vào ngày {request.EffectiveOn:dd/MM/yyyy}.");
        }

        var current = await db.UnitNames
            .Where(n => n.UnitId == unit.Id && n.ValidTo == null)
            .OrderByDescending(n => n.ValidFrom)
            .FirstOrDefaultAsync(ct);
        if (current?.ValidFrom is { } since && since >= request.EffectiveOn)
        {
            return Error.Invalid($"Ngày đổi tên phải sau ngày {since:dd/MM/yyyy} (ngày bắt đầu của tên hiện tại).");
        }

        var oldName = current?.Name ?? unit.Name;
        if (current is not null)
        {
            current.ValidTo = request.EffectiveOn.AddDays(-1);
        }

        db.UnitNames.Add(new UnitName { UnitId = unit.Id, Name = newName, ValidFrom = request.EffectiveOn });
        unit.Name = newName;
        await AddAliasIfMissingAsync(unit.Id, newName, ct);
        AddEvent(unit.Id, UnitEventKind.Renamed, request.EffectiveOn, $"Đổi tên từ “{oldName}” thành “{newName}”", request.Reference);
        await SaveAsync(ct);
        return unit.Id;
    }

    public async Task<Result<Guid>> MergeAsync(MergeUnitsRequest request, CancellationToken ct = default)
    {
        var lastDay = request.EffectiveOn.AddDays(-1);
        var successor = await db.Units.FindAsync([request.SuccessorId], ct);
        if (successor is null)
        {
            return Error.NotFound("Không tìm thấy đơn vị kế thừa.");
        }

        if (!successor.IsValidOn(request.EffectiveOn))
        {
            return Error.Invalid($"Đơn vị kế thừa '{successor.Name}' phải có hiệu lực từ ngày {request.EffectiveOn:dd/MM/yyyy}.");
        }

        var ids = request.PredecessorIds.Distinct().Where(id => id != successor.Id).ToList();
        if (ids.Count == 0)
        {
            return Error.Invalid("Chọn ít nhất một đơn vị bị sáp nhập.");
        }

        var predecessors = await db.Units.Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        if (predecessors.Count != ids.Count)
        {
            return Error.NotFound("Không tìm thấy một số đơn vị bị sáp nhập.");
        }

        if (predecessors.FirstOrDefault(p => !p.IsValidOn(lastDay)) is { } ended)
        {
            return Error.Invalid($"Đơn vị '{ended.Name}' đã hết hiệu lực trước ngày {request.EffectiveOn:dd/MM/yyyy}.");
        }

        foreach (var predecessor in predecessors)
        {
            await EndWithDescendantsAsync(predecessor, lastDay, ct);
            db.UnitSuccessions.Add(new UnitSuccession { PredecessorId = predecessor.Id, SuccessorId = successor.Id, EffectiveOn = request.EffectiveOn });
            AddEvent(predecessor.Id, UnitEventKind.MergedInto, request.EffectiveOn, $"Sáp nhập vào “{successor.Name}”", request.Reference, successor.Id);
            AddEvent(successor.Id, UnitEventKind.MergedFrom, request.EffectiveOn, $"Tiếp nhận “{predecessor.Name}”", request.Reference, predecessor.Id);
        }

        await SaveAsync(ct);
        return successor.Id;
    }

    public async Task<Result<Guid>> AbolishAsync(AbolishUnitRequest request, CancellationToken ct = default)
    {
        var unit = await db.Units.FindAsync([request.UnitId], ct);
        if (unit is null)
        {
            return Error.NotFound("Không tìm thấy đơn vị.");
        }

        var lastDay = request.EffectiveOn.AddDays(-1);
        if (!unit.IsValidOn(lastDay))
        {
            return Error.Invalid($"Đơn vị đã hết hiệu lực trước ngày {request.EffectiveOn:dd/MM/yyyy}.");
        }

        await EndWithDescendantsAsync(unit, lastDay, ct);
        if (request.SuccessorId is { } successorId && successorId != unit.Id)
        {
            db.UnitSuccessions.Add(new UnitSuccession { PredecessorId = unit.Id, SuccessorId = successorId, EffectiveOn = request.EffectiveOn });
        }

        AddEvent(unit.Id, UnitEventKind.Abolished, request.EffectiveOn, $"Giải thể / chấm dứt hoạt động từ ngày {request.EffectiveOn:dd/MM/yyyy}", request.Reference, request.SuccessorId);
        await SaveAsync(ct);
        return unit.Id;
    }

    public async Task<Result<Guid>> ReparentAsync(ReparentUnitRequest request, CancellationToken ct = default)
    {
        var unit = await db.Units.FindAsync([request.UnitId], ct);
        var parent = await db.Units.FindAsync([request.NewParentId], ct);
        if (unit is null || parent is null)
        {
            return Error.NotFound("Không tìm thấy đơn vị hoặc đơn vị cấp trên mới.");
        }

        if (!unit.IsValidOn(request.EffectiveOn) || !parent.IsValidOn(request.EffectiveOn))
        {
            return Error.Invalid($"Cả hai đơn vị phải có hiệu lực vào ngày {request.EffectiveOn:dd/MM/yyyy}.");
        }

        if (await tree.IsWithinAsync(parent.Id, unit.Id, request.EffectiveOn, ct))
        {
            return Error.Invalid("Không thể chuyển một đơn vị về dưới chính nó.");
        }

        var lastDay = request.EffectiveOn.AddDays(-1);
        var open = await db.UnitParents.Where(p => p.UnitId == unit.Id && (p.ValidTo == null || p.ValidTo >= request.EffectiveOn)).ToListAsync(ct);
        foreach (var link in open)
        {
            if (link.ValidFrom is { } start && start >= request.EffectiveOn)
            {
                db.UnitParents.Remove(link); // a planned link that never took effect
            }
            else
            {
                link.ValidTo = lastDay;
            }
        }

        db.UnitParents.Add(new UnitParent { UnitId = unit.Id, ParentId = parent.Id, ValidFrom = request.EffectiveOn });
        AddEvent(unit.Id, UnitEventKind.Reparented, request.EffectiveOn, $"Chuyển về trực thuộc “{parent.Name}”", request.Reference, parent.Id);
        await SaveAsync(ct);
        return unit.Id;
    }

    /// <summary>Adds another name the unit is called by in plans (matched accent-insensitively).</summary>
    public async Task<Result<Guid>> AddAliasAsync(Guid unitId, string text, CancellationToken ct = default)
    {
        var key = TextKey.For(text);
        if (key.Length == 0)
        {
            return Error.Invalid("Tên gọi khác không được để trống.");
        }

        if (TextLimits.Check(("Tên gọi khác", text, Unit.NameMax)) is { } tooLong)
        {
            return tooLong;
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return Error.NotFound("Không tìm thấy đơn vị.");
        }

        if (await db.UnitAliases.AnyAsync(a => a.UnitId == unitId && a.MatchKey == key, ct))
        {
            return Error.Conflict($"Đơn vị đã có tên gọi “{text.Trim()}”.");
        }

        AddAlias(unitId, text);
        await SaveAsync(ct);
        return unitId;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        tree.ClearCache();
    }

    private void AddEvent(Guid unitId, UnitEventKind kind, DateOnly on, string description, string? reference, Guid? related = null) =>
        db.UnitEvents.Add(new UnitEvent
        {
            UnitId = unitId,
            Kind = kind,
            EffectiveOn = on,
            Description = description,
            Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(),
            RelatedUnitId = related,
            RecordedAt = time.GetUtcNow(),
        });

    private void AddAlias(Guid unitId, string text)
    {
        var key = TextKey.For(text);
        if (key.Length > 0 && !db.UnitAliases.Local.Any(a => a.UnitId == unitId && a.MatchKey == key))
        {
            db.UnitAliases.Add(new UnitAlias { UnitId = unitId, Text = text.Trim(), MatchKey = key });
        }
    }

    private async Task AddAliasIfMissingAsync(Guid unitId, string text, CancellationToken ct)
    {
        var key = TextKey.For(text);
        if (!await db.UnitAliases.AnyAsync(a => a.UnitId == unitId && a.MatchKey == key, ct))
        {
            AddAlias(unitId, text);
        }
    }
}
