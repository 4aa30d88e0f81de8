using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Reports;

/// <summary>
/// Which units write reports and to whom. A government's reporting children are its direct sub-units on the data
/// window's last day that report CCHC work: its agencies (sở/phòng, văn phòng, one-stop centre) and the governments
/// below it. Public service units, civil-servant positions, ad hoc and outside bodies do not report on their own.
/// </summary>
public sealed class ReportUnits(AppDbContext db)
{
    /// <summary>The unit's name and kind, or null when it does not exist.</summary>
    public Task<UnitInfo?> FindAsync(Guid unitId, CancellationToken ct = default) =>
        db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new UnitInfo(u.Id, u.Code, u.Name, u.Kind)).FirstOrDefaultAsync(ct);

    /// <summary>The government's reporting children on <paramref name="asOf"/>, agencies first, then by name.</summary>
    public async Task<IReadOnlyList<UnitInfo>> ChildrenAsync(Guid governmentId, DateOnly asOf, CancellationToken ct = default)
    {
        var units = await db.UnitParents.AsNoTracking()
            .Where(p => p.ParentId == governmentId && (p.ValidFrom == null || p.ValidFrom <= asOf) && (p.ValidTo == null || p.ValidTo >= asOf))
            .Join(db.Units.AsNoTracking(), p => p.UnitId, u => u.Id, (p, u) => u)
            .Where(u => (u.Kind == UnitKind.Department || u.Kind == UnitKind.Office || u.Kind == UnitKind.OneStopCentre || u.Kind == UnitKind.DistrictGovernment
                || u.Kind == UnitKind.CommuneGovernment) && (u.ValidFrom == null || u.ValidFrom <= asOf) && (u.ValidTo == null || u.ValidTo >= asOf))
            .Select(u => new UnitInfo(u.Id, u.Code, u.Name, u.Kind))
            .ToListAsync(ct);
        return units.DistinctBy(u => u.Id).OrderBy(u => u.Kind.SortRank()).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The step of the flow a unit's report is sent at: an agency sends to its standing agency, a district or
    /// commune government to the level above, a province onwards (to the ministry).</summary>
    public static ReportLevel LevelOf(UnitKind kind) => kind switch
    {
        UnitKind.ProvinceGovernment => ReportLevel.UpperLevel,
        UnitKind.DistrictGovernment or UnitKind.CommuneGovernment => ReportLevel.Government,
        _ => ReportLevel.Unit,
    };

    public static ReportUnitType TypeOf(UnitKind kind) => kind.IsGovernment() ? ReportUnitType.Government : ReportUnitType.Agency;
}
