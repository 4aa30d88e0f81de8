using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Reports;

/// <summary>Read side of reports: one report with its figures (live while a draft, frozen once submitted), children and
/// consolidation; the calendar of what a government and its units owe; the queue of reports waiting for the user's
/// review. Pages and endpoints call this, never the DbContext.</summary>
public sealed class ReportQueries(AppDbContext db, ReportAccess access, ReportUnits units, ReportData data, ReportConsolidation consolidation,
    ReportRegimes regimes, ReportInspectionRows inspectionRows, IUnitScope scope)
{
    /// <summary>The report, or 404 when it does not exist or lies outside the user's scope.</summary>
    public async Task<Result<ReportView>> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var report = await db.Set<ReportInstance>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || await access.ReadDenyAsync(user, report.UnitId, ct) is not null)
        {
            return ReportAccess.NotFound();
        }

        return await ViewAsync(user, report, ct);
    }

    /// <summary>The reports the government and its reporting units owe in <paramref name="year"/> under the regimes that
    /// apply to each (<see cref="ReportRegimes.InstancesAsync"/>: the government and its agencies under those of its
    /// level, a lower government under those of its own level as it stands for it), the ad hoc reports due that year, plus
    /// any report started under a regime that no longer applies; 404 outside the user's
    /// scope. <paramref name="governmentId"/> defaults to the user's own government; a unit officer sees the rows of the
    /// units they may read (their own).</summary>
    public async Task<Result<IReadOnlyList<ReportCalendarItem>>> CalendarAsync(ClaimsPrincipal user, Guid? governmentId, int year,
        CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100)
        {
            return Error.Invalid("Năm báo cáo phải từ 2000 đến 2100.");
        }

        var own = await access.OwnGovernmentAsync(user, ct);
        var government = governmentId ?? own;
        if (government is not { } g || await units.FindAsync(g, ct) is not { IsGovernment: true } gov
            || (g != own && await access.ReadDenyAsync(user, g, ct) is not null))
        {
            return Error.NotFound("Không tìm thấy Ủy ban nhân dân trong phạm vi của bạn.");
        }

        var names = (await regimes.ForGovernmentAsync(g, ct)).ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        var asOf = new DateOnly(year, 12, 31);
        var agencies = await regimes.InstancesAsync(g, year, ReportUnitType.Agency, ct);
        var itself = (await regimes.InstancesAsync(g, year, ReportUnitType.Government, ct)).ToList();
        if (await regimes.UpperAsync(g, asOf, ct) is { } upper)
        {
            itself.AddRange(await regimes.UpperAdHocAsync(upper, year, itself, ct));
        }

        var writers = new List<UnitInfo> { gov };
        writers.AddRange(await units.ChildrenAsync(g, asOf, ct));
        var readable = await scope.ReadableUnitsAsync(user, ct: ct);
        writers = writers.Where(u => readable is null || readable.Contains(u.Id)).ToList();
        var ids = writers.Select(u => u.Id).ToList();
        var prefix = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var started = await db.Set<ReportInstance>().AsNoTracking()
            .Where(r => ids.Contains(r.UnitId) && r.PeriodCode.StartsWith(prefix))
            .ToListAsync(ct);
        var today = scope.Today;
        var items = new List<ReportCalendarItem>();
        foreach (var unit in writers)
        {
            var mine = started.Where(r => r.UnitId == unit.Id).ToList();
            // A lower government owes what its own regimes say, and the ad hoc reports this government asks of it.
            var owed = unit.Id == g ? itself : !unit.IsGovernment ? agencies
                : (await regimes.InstancesAsync(unit.Id, year, ReportUnitType.Government, ct)) is var lower
                    ? lower.Concat(await regimes.UpperAdHocAsync(g, year, lower, ct)).ToList() : [];
            foreach (var instance in owed)
            {
                var report = mine.FirstOrDefault(r => r.RegimeCode == instance.RegimeCode && r.PeriodCode == instance.PeriodCode);
                items.Add(report is null
                    ? Item(null, unit, instance.RegimeCode, instance.PeriodCode, instance.Label, instance.Window.From, instance.Window.To,
                        instance.DueOn(ReportUnits.LevelOf(unit.Kind)), ReportStatus.NotStarted, null, today, instance.RegimeName, instance.AdHoc)
                    : Item(report, unit, today, instance.RegimeName, instance.AdHoc));
                mine.Remove(report!);
            }

            items.AddRange(mine.Select(r => Item(r, unit, today, RegimeName(names, r.RegimeCode), r.RegimeCode == AdHocCode)));
        }

        return items.OrderBy(i => i.DueOn).ThenBy(i => i.IsGovernment ? 1 : 0).ThenBy(i => i.UnitName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Submitted reports waiting for the user's review (the user is of their receiving standing agency), oldest
    /// submission first.</summary>
    public async Task<IReadOnlyList<ReportCalendarItem>> ReviewQueueAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var readable = await scope.ReadableUnitsAsync(user, ct: ct);
        var query = db.Set<ReportInstance>().AsNoTracking().Where(r => r.Status == ReportStatus.Submitted);
        if (readable is not null)
        {
            var ids = readable.ToList();
            query = query.Where(r => ids.Contains(r.UnitId));
        }

        var today = scope.Today;
        var names = DefaultRegimes.All.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        var queue = new List<ReportCalendarItem>();
        foreach (var report in (await query.ToListAsync(ct)).OrderBy(r => r.SubmittedAt))
        {
            if (await units.FindAsync(report.UnitId, ct) is { } unit && await access.MayReviewAsync(user, unit.Id, unit.IsGovernment, ct))
            {
                queue.Add(Item(report, unit, today, RegimeName(names, report.RegimeCode), report.RegimeCode == AdHocCode));
            }
        }

        return queue;
    }

    internal async Task<ReportView> ViewAsync(ClaimsPrincipal user, ReportInstance report, CancellationToken ct)
    {
        var unit = await units.FindAsync(report.UnitId, ct) ?? new UnitInfo(report.UnitId, "", "", default);
        var sections = await db.Set<ReportSection>().AsNoTracking().Where(s => s.ReportId == report.Id).OrderBy(s => s.Order)
            .Select(s => new ReportSectionView(s.Code, s.Heading, s.Text, s.ChangedAt, s.ChangedBy)).ToListAsync(ct);
        var frozen = FrozenFigures.FromJson(report.FiguresJson);
        var figures = frozen?.Figures ?? await data.FiguresAsync(unit, Window(report), report.PeriodCode, ct);
        var (children, consolidated) = frozen is not null
            ? (frozen.Children ?? [], frozen.Consolidated)
            : unit.IsGovernment ? await consolidation.ForAsync(report, ct) : ([], null);
        var annex = AnnexTemplates.Merge(report.AnnexKey, frozen?.Typed ?? AnnexTemplates.FromJson(report.AnnexJson));
        if (frozen is null)
        {
            annex = await inspectionRows.FillAsync(unit, report, annex, ct);
        }

        var regimeName = (await regimes.FindAsync(report.GovernmentId, report.RegimeCode, ct))?.Name
            ?? RegimeName(new Dictionary<string, string>(), report.RegimeCode);
        return new ReportView(report.Id, report.UnitId, unit.Name, report.GovernmentId, unit.IsGovernment, report.RegimeCode, regimeName,
            report.PeriodCode, report.PeriodLabel, report.WindowFrom, report.WindowTo, report.Cumulative, report.DueOn, IsOverdue(report.Status, report.DueOn, scope.Today),
            report.Status.ToText(), report.Version, report.AsOf, sections, ReportFiguresView.From(figures), children, consolidated,
            report.CreatedBy, report.CreatedAt, report.SubmittedBy, report.SubmittedAt, report.AcceptedBy, report.AcceptedAt,
            report.ReturnedBy, report.ReturnedAt, report.ReturnReason, await PermissionsAsync(user, report, unit, ct),
            annex);
    }

    private async Task<ReportPermissions> PermissionsAsync(ClaimsPrincipal user, ReportInstance report, UnitInfo unit, CancellationToken ct)
    {
        var write = await access.MayWriteAsync(user, unit.Id, unit.IsGovernment, ct);
        var review = await access.MayReviewAsync(user, unit.Id, unit.IsGovernment, ct);
        var editable = report.Status.IsEditable();
        return new ReportPermissions(write && editable, write && editable, review && report.Status == ReportStatus.Submitted,
            review && report.Status == ReportStatus.Accepted, write && editable && unit.IsGovernment);
    }

    internal static DataWindow Window(ReportInstance report) => new(report.WindowFrom, report.WindowTo, report.Cumulative);

    internal static bool IsOverdue(ReportStatus status, DateOnly dueOn, DateOnly today) =>
        status is ReportStatus.NotStarted or ReportStatus.Draft or ReportStatus.Returned && dueOn < today;

    /// <summary>The regime code of ad hoc reports (<see cref="AdHocReport.ToInstance"/>).</summary>
    private const string AdHocCode = "dot-xuat";

    private static string RegimeName(IReadOnlyDictionary<string, string> names, string code) =>
        names.TryGetValue(code, out var name) ? name : code == AdHocCode ? "Báo cáo đột xuất" : "Chế độ báo cáo khác";

    private static ReportCalendarItem Item(ReportInstance report, UnitInfo unit, DateOnly today, string regimeName, bool adHoc) =>
        Item(report.Id, unit, report.RegimeCode, report.PeriodCode, report.PeriodLabel, report.WindowFrom, report.WindowTo, report.DueOn, report.Status,
            report.SubmittedAt, today, regimeName, adHoc);

    private static ReportCalendarItem Item(Guid? id, UnitInfo unit, string regime, string period, string label, DateOnly from, DateOnly to, DateOnly due,
        ReportStatus status, DateTimeOffset? submittedAt, DateOnly today, string regimeName, bool adHoc) =>
        new(id, regime, period, label, unit.Id, unit.Name, unit.IsGovernment, from, to, due, status.ToText(), IsOverdue(status, due, today), submittedAt,
            regimeName, adHoc);
}
