using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Organisation;

/// <summary>Standing-agency designation and the end of a unit's life (with everything that hangs on it).</summary>
public sealed partial class OrgCommands
{
    public async Task<Result<Guid>> DesignateStandingAgencyAsync(DesignateStandingAgencyRequest request, CancellationToken ct = default)
    {
        var government = await db.Units.FindAsync([request.GovernmentId], ct);
        var agency = await db.Units.FindAsync([request.AgencyId], ct);
        if (government is null || agency is null)
        {
            return Error.NotFound("Không tìm thấy UBND hoặc cơ quan được chỉ định.");
        }

        if (!government.IsGovernment)
        {
            return Error.Invalid($"'{government.Name}' không phải là một UBND.");
        }

        var from = request.ValidFrom ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!await tree.IsWithinAsync(agency.Id, government.Id, from, ct) || agency.Id == government.Id)
        {
            return Error.Invalid($"'{agency.Name}' không thuộc '{government.Name}' vào ngày {from:dd/MM/yyyy}.");
        }

        var current = await db.StandingAgencies.Where(s => s.GovernmentId == government.Id && (s.ValidTo == null || s.ValidTo >= from)).ToListAsync(ct);
        foreach (var designation in current)
        {
            if (designation.ValidFrom is { } start && start >= from)
            {
                return Error.Conflict($"Đã có chỉ định từ ngày {start:dd/MM/yyyy}; chọn ngày sau đó.");
            }

            designation.ValidTo = from.AddDays(-1);
        }

        // Without a start date the designation holds "since ever", unless it replaces an earlier one: then it starts on the day checked.
        var validFrom = request.ValidFrom ?? (current.Count > 0 ? from : null);
        var row = new StandingAgency { GovernmentId = government.Id, AgencyId = agency.Id, ValidFrom = validFrom, Basis = request.Basis };
        db.StandingAgencies.Add(row);
        await SaveAsync(ct);
        return row.Id;
    }

    private async Task EndWithDescendantsAsync(Unit unit, DateOnly lastDay, CancellationToken ct)
    {
        var ids = (await tree.SubtreeAsync(unit.Id, lastDay, ct)).Append(unit.Id).Distinct().ToList();
        var units = await db.Units.Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        foreach (var u in units.Where(u => u.ValidTo is null || u.ValidTo > lastDay))
        {
            u.ValidTo = lastDay;
        }

        foreach (var link in await db.UnitParents.Where(p => ids.Contains(p.UnitId) && (p.ValidTo == null || p.ValidTo > lastDay)).ToListAsync(ct))
        {
            link.ValidTo = lastDay;
        }

        foreach (var name in await db.UnitNames.Where(n => ids.Contains(n.UnitId) && (n.ValidTo == null || n.ValidTo > lastDay)).ToListAsync(ct))
        {
            name.ValidTo = lastDay;
        }

        foreach (var s in await db.StandingAgencies.Where(s => (ids.Contains(s.GovernmentId) || ids.Contains(s.AgencyId)) && (s.ValidTo == null || s.ValidTo > lastDay)).ToListAsync(ct))
        {
            s.ValidTo = lastDay;
        }

        foreach (var m in await db.UnitGroupMembers.Where(m => ids.Contains(m.UnitId) && (m.ValidTo == null || m.ValidTo > lastDay)).ToListAsync(ct))
        {
            m.ValidTo = lastDay;
        }
    }
}
