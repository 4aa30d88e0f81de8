using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Organisation;

/// <summary>Who carries on an ended unit's work: predecessor → successor links, followed transitively. Plans use
/// it to re-parent open tasks of a merged or abolished unit (D0's district tasks after 1/7/2025).</summary>
public sealed class OrgSuccessions(AppDbContext db, TimeProvider time)
{
    /// <summary>Records that <paramref name="successorId"/> takes over the duties of the ended
    /// <paramref name="predecessorId"/> from <paramref name="effectiveOn"/>.</summary>
    public async Task<Result<Guid>> RecordAsync(Guid predecessorId, Guid successorId, DateOnly effectiveOn, string? reference = null, CancellationToken ct = default)
    {
        var predecessor = await db.Units.FindAsync([predecessorId], ct);
        var successor = await db.Units.FindAsync([successorId], ct);
        if (predecessor is null || successor is null || predecessorId == successorId)
        {
            return Error.NotFound("Không tìm thấy đơn vị tiền thân hoặc đơn vị kế thừa.");
        }

        if (predecessor.ValidTo is not { } end || end >= effectiveOn)
        {
            return Error.Invalid($"'{predecessor.Name}' phải chấm dứt hoạt động trước ngày {effectiveOn:dd/MM/yyyy}.");
        }

        if (!successor.IsValidOn(effectiveOn))
        {
            return Error.Invalid($"'{successor.Name}' không có hiệu lực vào ngày {effectiveOn:dd/MM/yyyy}.");
        }

        if (await db.UnitSuccessions.AnyAsync(s => s.PredecessorId == predecessorId && s.SuccessorId == successorId, ct))
        {
            return Error.Conflict("Quan hệ kế thừa này đã được ghi nhận.");
        }

        var row = new UnitSuccession { PredecessorId = predecessorId, SuccessorId = successorId, EffectiveOn = effectiveOn };
        db.UnitSuccessions.Add(row);
        db.UnitEvents.Add(new UnitEvent
        {
            UnitId = predecessorId,
            Kind = UnitEventKind.TakenOverBy,
            EffectiveOn = effectiveOn,
            Description = $"Nhiệm vụ do “{successor.Name}” kế thừa",
            Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(),
            RelatedUnitId = successorId,
            RecordedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return row.Id;
    }

    /// <summary>The units that carry on <paramref name="unitId"/>'s work on <paramref name="asOf"/>: the unit itself
    /// while it exists, otherwise its successors (followed through later mergers), nearest first.</summary>
    public async Task<IReadOnlyList<Guid>> SuccessorsOnAsync(Guid unitId, DateOnly asOf, CancellationToken ct = default)
    {
        var result = new List<Guid>();
        var seen = new HashSet<Guid> { unitId };
        var frontier = new List<Guid> { unitId };
        while (frontier.Count > 0)
        {
            var valid = await db.Units.AsNoTracking()
                .Where(u => frontier.Contains(u.Id) && (u.ValidFrom == null || u.ValidFrom <= asOf) && (u.ValidTo == null || u.ValidTo >= asOf))
                .Select(u => u.Id)
                .ToListAsync(ct);
            result.AddRange(frontier.Where(valid.Contains));
            var ended = frontier.Where(id => !valid.Contains(id)).ToList();
            if (ended.Count == 0)
            {
                break;
            }

            var next = await db.UnitSuccessions.AsNoTracking()
                .Where(s => ended.Contains(s.PredecessorId) && s.EffectiveOn <= asOf)
                .OrderBy(s => s.EffectiveOn)
                .Select(s => s.SuccessorId)
                .ToListAsync(ct);
            frontier = next.Where(seen.Add).ToList();
        }

        return result;
    }
}
