using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Plans;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Reports.Regimes;

namespace ParPlan.Features.Reports;

/// <summary>
/// The one place that decides which reporting regimes a government's reports follow. Every part of the reports feature
/// (calendar, what a unit owes, starting a report, reminders) asks this service, never <see cref="DefaultRegimes"/>
/// directly:
/// <list type="number">
/// <item>each regime stands for a government as the government's own edited copy (<see cref="GovernmentRegime"/>), else
/// the copy of the nearest government above it (a province's standing agency edits the commune regime once for all its
/// communes), else the shipped default;</item>
/// <item>of those, a government reports under the ones whose reporting units (<see cref="ReportingRegime.AppliesTo"/>)
/// include its level: by default a province under the Bộ Nội vụ regime, a district or commune under the commune regime;
/// its agencies (sở, phòng) under their government's;</item>
/// <item>its ad hoc reports (<see cref="AdHocReportRequest"/>) join the calendar.</item>
/// </list>
/// </summary>
public sealed class ReportRegimes(AppDbContext db, OrgTree tree, TimeProvider time)
{
    /// <summary>Every regime as it stands for <paramref name="governmentId"/>, applicable or not (the regimes page shows
    /// them all): own copy, else the nearest upper government's copy, else the default.</summary>
    public async Task<IReadOnlyList<ReportingRegime>> ForGovernmentAsync(Guid governmentId, CancellationToken ct = default) =>
        (await InForceAsync(governmentId, null, ct)).Select(r => r.Regime).ToList();

    /// <summary>Every regime as it stands for <paramref name="governmentId"/> on <paramref name="asOf"/> (today when null),
    /// with whose copy it is.</summary>
    public async Task<IReadOnlyList<RegimeInForce>> InForceAsync(Guid governmentId, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var day = asOf ?? VietnamTime.Today(time);
        var chain = new List<Guid> { governmentId };
        while (await UpperAsync(chain[^1], day, ct) is { } upper && !chain.Contains(upper))
        {
            chain.Add(upper);
        }

        var stored = await db.Set<GovernmentRegime>().AsNoTracking().Where(r => chain.Contains(r.GovernmentId)).ToListAsync(ct);
        return DefaultRegimes.All.Select(d => chain.Select(id => stored.FirstOrDefault(r => r.GovernmentId == id && r.Code == d.Code)).FirstOrDefault(r => r is not null)
                is { } copy ? new RegimeInForce(copy.ToRegime(), copy.GovernmentId) : new RegimeInForce(d, null))
            .ToList();
    }

    /// <summary>The regimes <paramref name="governmentId"/>'s reports follow: those in force whose reporting units include
    /// its level.</summary>
    public async Task<IReadOnlyList<ReportingRegime>> ApplicableAsync(Guid governmentId, CancellationToken ct = default) =>
        await ApplicableAsync(governmentId, await LevelAsync(governmentId, ct), null, ct);

    /// <summary>The regimes a government of <paramref name="level"/> reports under on <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<ReportingRegime>> ApplicableAsync(Guid governmentId, GovernmentLevel level, DateOnly? asOf, CancellationToken ct = default) =>
        (await InForceAsync(governmentId, asOf, ct)).Select(r => r.Regime).Where(r => r.AppliesToLevel(level)).ToList();

    /// <summary>The government's level (contract <c>level</c>), <see cref="GovernmentLevel.Unknown"/> when it does not exist.</summary>
    public async Task<GovernmentLevel> LevelAsync(Guid governmentId, CancellationToken ct = default) =>
        await db.Units.AsNoTracking().Where(u => u.Id == governmentId).Select(u => (UnitLevel?)u.Level).FirstOrDefaultAsync(ct) is { } level
            ? LevelOf(level) : GovernmentLevel.Unknown;

    /// <summary>A unit's contract level as the level a regime names (<see cref="ReportingRegime.AppliesTo"/>).</summary>
    public static GovernmentLevel LevelOf(UnitLevel level) => level switch
    {
        UnitLevel.Province => GovernmentLevel.Province,
        UnitLevel.District => GovernmentLevel.District,
        UnitLevel.Commune => GovernmentLevel.Commune,
        UnitLevel.National => GovernmentLevel.National,
        UnitLevel.Agency => GovernmentLevel.Agency,
        _ => GovernmentLevel.Unknown,
    };

    /// <summary>The regime <paramref name="code"/> as it stands for <paramref name="governmentId"/> (applicable or not), or null.</summary>
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

    /// <summary>Every report of <paramref name="year"/> under the regimes applicable to the government
    /// (<see cref="ApplicableAsync(Guid, CancellationToken)"/>), then its ad hoc reports due that year: each with its
    /// window, due date per level, receiving body and templates for <paramref name="unitType"/>.</summary>
    public async Task<IReadOnlyList<ReportPeriodInstance>> InstancesAsync(Guid governmentId, int year, ReportUnitType unitType = ReportUnitType.Government,
        CancellationToken ct = default)
    {
        var regimes = await ApplicableAsync(governmentId, ct);
        var adHoc = await AdHocAsync(governmentId, year, ct);
        return regimes.SelectMany(r => ReportingCalendar.Instances(r, year, unitType)).Concat(adHoc.Select(a => a.ToAdHoc().ToInstance())).ToList();
    }

    /// <summary>What a unit owes in <paramref name="year"/>: the reports of its government's applicable regimes and ad hoc reports,
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
