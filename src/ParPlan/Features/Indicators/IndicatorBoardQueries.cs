using System.Security.Claims;
using ParPlan.Core.Indicators;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Indicators;

/// <summary>The board page's one query, with the scope checks it needs: only governments in the user's scope that exist
/// in the period (an abolished commune is not offered), opening on the user's own government.</summary>
public sealed class IndicatorBoardQueries(OrgQueries org, IUnitScope scope, GovernmentOwnership ownership, IndicatorQueries queries)
{
    public const string OutOfScope = "Không tìm thấy chính quyền trong phạm vi của bạn. Chọn một chính quyền trong danh sách.";

    /// <summary>The periods of a year in the order officers report them: quarters, six and nine months, the year, then months.</summary>
    public static IReadOnlyList<ReportingPeriod> PickerPeriods(int year) =>
    [
        ReportingPeriod.Quarter(year, 1), ReportingPeriod.Quarter(year, 2), ReportingPeriod.Half(year, 1), ReportingPeriod.Quarter(year, 3),
        ReportingPeriod.NineMonths(year), ReportingPeriod.Quarter(year, 4), ReportingPeriod.Half(year, 2), ReportingPeriod.ForYear(year),
        .. Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(year, m)),
    ];

    /// <summary>The period of the query: a contract code ("2026-Q1"), or a year alone (<paramref name="year"/>), else this year.</summary>
    public ReportingPeriod PeriodOf(string? code, int? year)
    {
        var period = ReportingPeriod.TryParse(code, out var p) ? p : ReportingPeriod.ForYear(scope.Today.Year);
        return year is { } y && y != period.Year && y is > 2000 and < 2100 ? ReportingPeriod.ForYear(y) : period;
    }

    public async Task<BoardView> ViewAsync(ClaimsPrincipal user, Guid? requested, ReportingPeriod period, CancellationToken ct = default)
    {
        var asOf = period.To < scope.Today ? period.To : scope.Today;
        var governments = await GovernmentsAsync(user, asOf, ct);
        var picker = Picker(period);
        var own = (await scope.ReadRootAsync(user, ct: ct)).Root;
        var ownUnit = false;
        if (governments.Count == 0 && own is { } root && await org.NameAsOfAsync(root, asOf, ct) is { } name)
        {
            // An officer of an agency or a public service unit reads no government: the board shows the unit's own numbers.
            governments = [new BoardGovernment(root, name)];
            ownUnit = true;
        }

        var gov = requested ?? (own is { } o && governments.Any(g => g.Id == o) ? own : governments.Select(g => (Guid?)g.Id).FirstOrDefault());
        if (gov is null || !await scope.AllowsAsync(user, ScopeAction.Read, gov.Value, ct: ct))
        {
            return new BoardView(governments, picker, period, null, OutOfScope, false) { OwnUnit = ownUnit };
        }

        var board = await queries.BoardAsync(gov.Value, period, ct);
        if (board is null) return new BoardView(governments, picker, period, null, OutOfScope, false) { OwnUnit = ownUnit };
        if (governments.All(g => g.Id != board.GovernmentId))
        {
            // Named in the address although it did not exist in the period: shown, and kept selectable.
            governments = [new BoardGovernment(board.GovernmentId, board.GovernmentName), .. governments];
        }

        return new BoardView(governments, picker, period, board, null, await ownership.MayUseAsync(user, gov.Value, ct)) { OwnUnit = ownUnit };
    }

    /// <summary>The governments in the user's scope that exist on <paramref name="asOf"/>: province first, then by name.</summary>
    public async Task<List<BoardGovernment>> GovernmentsAsync(ClaimsPrincipal user, DateOnly asOf, CancellationToken ct = default)
    {
        var readable = await scope.ReadableUnitsAsync(user, asOf, ct);
        return (await org.GovernmentsAsync(asOf, ct)).Where(g => readable is null || readable.Contains(g.Id))
            .Select(g => new BoardGovernment(g.Id, g.Name)).ToList();
    }

    /// <summary>This year and the two before it (and the shown period's year), newest first, each with its periods.</summary>
    private IReadOnlyList<(int Year, IReadOnlyList<ReportingPeriod> Periods)> Picker(ReportingPeriod shown)
    {
        var today = scope.Today.Year;
        return new[] { today, today - 1, today - 2, shown.Year }.Distinct().OrderDescending().Select(y => (y, PickerPeriods(y))).ToList();
    }
}
