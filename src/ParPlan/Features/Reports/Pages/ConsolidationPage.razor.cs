using Microsoft.AspNetCore.Components;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Reports.Pages;

/// <summary>"Tổng hợp báo cáo": a government's report for one period with its children (who submitted when, accepted or
/// waived with the reason) and the figures summed from the accepted ones; waiving happens on the report itself.</summary>
public sealed partial class ConsolidationPage
{
    public const string Path = "/bao-cao/tong-hop";

    private IReadOnlyList<GovernmentChoice> governments = [];
    private IReadOnlyList<ReportCalendarItem> periods = [];
    private IReadOnlyList<ReportCalendarItem> units = [];
    private ReportCalendarItem? period;
    private ReportView? report;
    private Guid? chosen;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private ReportQueries Queries { get; set; } = default!;

    [Inject] private Regimes.RegimeQueries Regimes { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "cq")] private Guid? GovernmentId { get; set; }

    [SupplyParameterFromQuery(Name = "ky")] private string? Period { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var page = await Regimes.PageAsync(HttpContext.User, GovernmentId);
        governments = page?.Governments ?? [];
        chosen = page?.GovernmentId;
        var today = VietnamTime.Today(Time);
        var year = Period is { Length: >= 4 } p && int.TryParse(p[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            && y is >= 2000 and <= 2100 ? y : today.Year;
        var calendar = await Queries.CalendarAsync(HttpContext.User, chosen, year);
        var items = calendar.IsSuccess ? calendar.Value! : [];
        // The government's own rows, one per period; the current period by default (the first not yet past, else the last).
        periods = items.Where(i => i.IsGovernment && i.UnitId == chosen).OrderBy(i => i.DueOn).ToList();
        period = periods.FirstOrDefault(i => i.Period == Period) ?? periods.FirstOrDefault(i => i.DueOn >= today) ?? (periods.Count > 0 ? periods[^1] : null);
        if (period is null)
        {
            return;
        }

        // Each child's row of the same period instance, whichever regime it reports under (Quý III ↔ 9 tháng).
        units = items.Where(i => i.UnitId != period.UnitId)
            .Select(i => (Item: i, Rank: Core.Reports.ReportPeriodMatch.Rank(period.Regime, period.Period, i.Regime, i.Period)))
            .Where(x => x.Rank is not null)
            .GroupBy(x => x.Item.UnitId)
            .Select(g => g.OrderBy(x => x.Rank).First().Item)
            .ToList();
        if (period.ReportId is { } id && await Queries.GetAsync(HttpContext.User, id) is { IsSuccess: true } found)
        {
            report = found.Value;
        }
    }
}
