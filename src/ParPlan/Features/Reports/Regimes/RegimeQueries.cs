using System.Security.Claims;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Reports.Regimes;

/// <summary>The regimes page's read model, scope-checked.</summary>
public sealed class RegimeQueries(ReportRegimes regimes, RegimeAccess access, OrgQueries org)
{
    /// <summary>The regimes of <paramref name="requested"/> when the user may read it, else of the user's own government
    /// (the administrator's default is the first government); null when there is none to show.</summary>
    public async Task<RegimesPageView?> PageAsync(ClaimsPrincipal user, Guid? requested, CancellationToken ct = default)
    {
        var governments = new List<GovernmentChoice>();
        var all = await org.GovernmentsAsync(access.Today, ct);
        foreach (var g in all)
        {
            if (await access.CanReadAsync(user, g.Id, ct))
            {
                governments.Add(new GovernmentChoice(g.Id, g.Name));
            }
        }

        var own = await access.OwnGovernmentAsync(user, ct);
        var chosen = governments.FirstOrDefault(g => g.Id == requested) ?? governments.FirstOrDefault(g => g.Id == own) ?? governments.FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        var stored = await regimes.StoredAsync(chosen.Id, ct);
        var level = all.FirstOrDefault(g => g.Id == chosen.Id) is { } node ? ReportRegimes.LevelOf(node.Level) : Core.Plans.GovernmentLevel.Unknown;
        var views = (await regimes.InForceAsync(chosen.Id, access.Today, ct))
            .Select(r => stored.TryGetValue(r.Regime.Code, out var s)
                ? new RegimeView(r.Regime, true, s.Version, s.UpdatedBy, s.UpdatedAt, r.Regime.AppliesToLevel(level))
                : new RegimeView(r.Regime, false, 0, null, null, r.Regime.AppliesToLevel(level), r.CopyOf is { } upper ? all.FirstOrDefault(g => g.Id == upper)?.Name ?? "" : null))
            .ToList();
        var adHoc = (await regimes.AdHocAsync(chosen.Id, null, ct))
            .Select(a => new AdHocView(a.Id, a.Code, a.Subject, a.WindowFrom, a.WindowTo, a.DueOn, a.ReceivingBody, a.Version)).ToList();
        return new RegimesPageView(chosen.Id, chosen.Name, await access.CanEditAsync(user, chosen.Id, ct), views, adHoc, governments, access.Today.Year, level);
    }
}
