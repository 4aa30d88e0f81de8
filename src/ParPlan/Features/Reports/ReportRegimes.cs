using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Reports.Regimes;

namespace ParPlan.Features.Reports;

/// <summary>The reporting regimes a government's reports follow. Every part of the reports feature asks this service,
/// never <see cref="DefaultRegimes"/> directly, so the standing agency's edited copies (<see cref="GovernmentRegime"/>)
/// take the defaults' place in one spot, and its ad hoc reports (<see cref="AdHocReportRequest"/>) join the calendar.</summary>
public sealed class ReportRegimes(AppDbContext db, Organisation.OrgTree tree)
{
    /// <summary>The regimes in force for <paramref name="governmentId"/>: the shipped defaults, each replaced by the
    /// government's edited copy when it has one.</summary>
    public async Task<IReadOnlyList<ReportingRegime>> ForGovernmentAsync(Guid governmentId, CancellationToken ct = default)
    {
        var stored = await StoredAsync(governmentId, ct);
        return DefaultRegimes.All.Select(d => stored.TryGetValue(d.Code, out var copy) ? copy.ToRegime() : d).ToList();
    }

    /// <summary>The regime <paramref name="code"/> in force for <paramref name="governmentId"/>, or null.</summary>
    public async Task<ReportingRegime?> FindAsync(Guid governmentId, string code, CancellationToken ct = default) =>
        (await ForGovernmentAsync(governmentId, ct)).FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal));

    /// <summary>The government's edited copies by regime code (a regime missing here is the default).</summary>
    public async Task<IReadOnlyDictionary<string, GovernmentRegime>> StoredAsync(Guid governmentId, CancellationToken ct = default) =>
        await db.Set<GovernmentRegime>().AsNoTracking().Where(r => r.GovernmentId == governmentId).ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);

    /// <summary>The government's ad hoc reports due in <paramref name="year"/> (every year when null), by due date.</summary>
    public async Task<IReadOnlyList<AdHocReportRequest>> AdHocAsync(Guid governmentId, int? year = null, CancellationToken ct = default)
    {
        var query = db.Set<AdHocReportRequest>().AsNoTracking().Where(r => r.GovernmentId == governmentId);
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            query = query.Where(r => r.DueOn >= from && r.DueOn <= to);
        }

        return (await query.ToListAsync(ct)).OrderBy(r => r.DueOn).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every report of <paramref name="year"/> under the government's regimes, then its ad hoc reports due that
    /// year: each with its window, due date per level, receiving body and templates for <paramref name="unitType"/>.</summary>
    public async Task<IReadOnlyList<ReportPeriodInstance>> InstancesAsync(Guid governmentId, int year, ReportUnitType unitType = ReportUnitType.Government,
        CancellationToken ct = default)
    {
        var regimes = await ForGovernmentAsync(governmentId, ct);
        var adHoc = await AdHocAsync(governmentId, year, ct);
        return regimes.SelectMany(r => ReportingCalendar.Instances(r, year, unitType)).Concat(adHoc.Select(a => a.ToAdHoc().ToInstance())).ToList();
    }

    /// <summary>What a unit owes in <paramref name="year"/>: the reports of its government's regimes and ad hoc reports,
    /// and for a lower government also the ad hoc reports the government above asks of it.</summary>
    public async Task<IReadOnlyList<ReportPeriodInstance>> OwedAsync(Guid unitId, bool isGovernment, Guid governmentId, int year, ReportUnitType unitType,
        DateOnly asOf, CancellationToken ct = default)
    {
        var owed = (await InstancesAsync(governmentId, year, unitType, ct)).ToList();
        if (isGovernment && await UpperAsync(unitId, asOf, ct) is { } upper)
        {
            owed.AddRange(await UpperAdHocAsync(upper, year, owed, ct));
        }

        return owed;
    }

    /// <summary>The government above <paramref name="governmentId"/> on <paramref name="asOf"/>, or null at the top.</summary>
    public async Task<Guid?> UpperAsync(Guid governmentId, DateOnly asOf, CancellationToken ct = default) =>
        await tree.ParentOfAsync(governmentId, asOf, ct) is { } parent ? await tree.GovernmentOfAsync(parent, asOf, ct) : null;

    /// <summary>The ad hoc reports <paramref name="upper"/> asks of the governments below it in <paramref name="year"/>,
    /// leaving out codes the lower government already owes.</summary>
    public async Task<IReadOnlyList<ReportPeriodInstance>> UpperAdHocAsync(Guid upper, int year, IReadOnlyList<ReportPeriodInstance> owed, CancellationToken ct = default) =>
        (await AdHocAsync(upper, year, ct)).Select(a => a.ToAdHoc().ToInstance())
            .Where(i => !owed.Any(o => o.RegimeCode == i.RegimeCode && o.PeriodCode == i.PeriodCode)).ToList();
}
