using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Inspections;

/// <summary>"The units of the government" an inspection counts against by default: the agencies, offices, one-stop
/// centres and public service units directly under it, and the governments directly below it, on a day of the
/// inspection's year. Positions, ad-hoc bodies (the inspection team itself) and outside bodies (HĐND, MTTQ) are not
/// inspected and do not count.</summary>
public sealed class InspectableUnits(AppDbContext db, TimeProvider time)
{
    private static readonly UnitKind[] Kinds =
    [
        UnitKind.Department, UnitKind.Office, UnitKind.OneStopCentre, UnitKind.PublicServiceUnit, UnitKind.DistrictGovernment, UnitKind.CommuneGovernment,
    ];

    /// <summary>Today within <paramref name="year"/> (its first or last day when today is outside it).</summary>
    public DateOnly DayOf(int year)
    {
        var today = VietnamTime.Today(time);
        return today.Year < year ? new DateOnly(year, 1, 1) : today.Year > year ? new DateOnly(year, 12, 31) : today;
    }

    /// <summary>The government's inspectable units in <paramref name="year"/>, ordered as the tree shows them.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OfAsync(Guid governmentId, int year, CancellationToken ct = default)
    {
        var day = DayOf(year);
        var rows = await (from p in db.UnitParents.AsNoTracking()
                          where p.ParentId == governmentId && (p.ValidFrom == null || p.ValidFrom <= day) && (p.ValidTo == null || p.ValidTo >= day)
                          join u in db.Units.AsNoTracking() on p.UnitId equals u.Id
                          where Kinds.Contains(u.Kind) && (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo >= day)
                          select new { u.Id, u.Name, u.Kind }).ToListAsync(ct);
        return rows.DistinctBy(r => r.Id).OrderBy(r => r.Kind.SortRank()).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => (r.Id, r.Name)).ToList();
    }

    /// <summary>True when <paramref name="unitId"/> lies below the government (not the government itself).</summary>
    public async Task<bool> IsBelowAsync(Guid governmentId, Guid unitId, int year, IOrgTree tree, CancellationToken ct = default) =>
        unitId != governmentId && await tree.IsWithinAsync(unitId, governmentId, DayOf(year), ct);
}
