using System.Security.Claims;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Indicators;

/// <summary><c>GET /api/indicators?governmentId=&amp;period=</c> (http-api.md) and the board's XLSX export
/// <c>GET /chi-so/xuat</c>. Both read within the user's unit scope: 404 outside it.</summary>
public static class IndicatorEndpoints
{
    public const string BoardPath = "/chi-so";

    /// <summary>What an administrator (who belongs to no government) is told when the request names none.</summary>
    public const string MissingGovernment = "Quản trị viên không thuộc chính quyền nào nên cần chỉ rõ chính quyền cần xem: thêm tham số governmentId "
        + "(mã định danh của UBND tỉnh hoặc xã, xem /api/units), ví dụ ?governmentId=...&period=2025.";

    public static IEndpointRouteBuilder MapIndicatorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/indicators").WithTags("Indicators").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", GetAsync);
        group.MapGet("/dossiers", DossiersAsync);
        app.MapGet(BoardPath + "/xuat", ExportAsync).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    private static readonly Error BadPeriod =
        Error.Invalid("Kỳ có dạng 2025, 2025-H1, 2025-Q1, 2025-M01 hoặc 2025-9M.") with { Title = "Kỳ báo cáo không hợp lệ" };

    public static async Task<IResult> GetAsync(Guid? governmentId, string? period, ClaimsPrincipal user, IUnitScope scope, IndicatorQueries queries, CancellationToken ct)
    {
        var (gov, p, problem) = await ResolveAsync(governmentId, period, user, scope, ct);
        if (problem is not null) return Problems.From(problem);
        return await queries.UnitExistsAsync(gov, ct) ? Results.Ok(await queries.ValuesAsync(gov, p, ct))
            : Problems.From(Error.NotFound("Không có chính quyền với governmentId này; kiểm tra lại mã định danh."));
    }

    /// <summary><c>GET /api/indicators/dossiers?unitId=&amp;period=&amp;code=&amp;page=1[&amp;part=numerator|rest]</c>
    /// (http-api.md): the dossiers behind a value, <c>total</c> equal to its denominator (a count's count); <c>part</c>
    /// narrows to those in, or not in, the numerator. Added to the contract: <c>outsideUnitDates</c>, how many of them
    /// belong to units that did not exist on the period's last day, and <c>notice</c>, a Vietnamese sentence saying so.</summary>
    public static async Task<IResult> DossiersAsync(Guid? unitId, string? period, string? code, int? page, string? part, ClaimsPrincipal user,
        IUnitScope scope, IndicatorQueries queries, CancellationToken ct)
    {
        if (unitId is null)
        {
            return Problems.From(Error.Invalid("Thêm unitId là mã định danh của đơn vị (xem /api/units).") with { Title = "Thiếu tham số unitId" });
        }

        if (!ReportingPeriod.TryParse(period, out var p))
        {
            return Problems.From(BadPeriod);
        }

        if (IndicatorCatalog.Find(code ?? "") is not { IsManual: false })
        {
            return Problems.From(Error.Invalid("Chỉ xem được hồ sơ của chỉ số tính từ hồ sơ một cửa, ví dụ code=dossier.on-time-rate.") with { Title = "Mã chỉ số không hợp lệ" });
        }

        DrillDownPart? which = part switch
        {
            null or "" => DrillDownPart.All,
            "numerator" => DrillDownPart.Numerator,
            "rest" => DrillDownPart.Rest,
            _ => null,
        };
        if (which is null)
        {
            return Problems.From(Error.Invalid("part là numerator (hồ sơ thuộc tử số) hoặc rest (hồ sơ thuộc mẫu số mà không thuộc tử số); bỏ trống để xem cả mẫu số.") with { Title = "Tham số part không hợp lệ" });
        }

        if (page is < 1)
        {
            return Problems.From(Error.Invalid("page bắt đầu từ 1.") with { Title = "Trang không hợp lệ" });
        }

        if (!await queries.UnitExistsAsync(unitId.Value, ct))
        {
            return Problems.From(Error.NotFound("Không có đơn vị với unitId này; kiểm tra lại mã định danh."));
        }

        if (await scope.DenyAsync(user, ScopeAction.Read, unitId.Value, ct: ct) is { } deny) return Problems.From(deny);
        var list = await queries.DossiersAsync(unitId.Value, p, code!, page ?? 1, which.Value, ct);
        return Results.Ok(new
        {
            total = list.Total,
            items = list.Items.Select(d => new
            {
                code = d.Code, unitCode = d.UnitCode, receivedAt = d.ReceivedAt, dueAt = d.DueAt, finishedAt = d.FinishedAt,
                status = Enum.Parse<Core.Dossiers.DossierStatus>(d.Status).ToCode(),
            }),
            outsideUnitDates = list.OutsideUnitDates,
            notice = BoardFormat.OutsideUnitDatesNotice(list.OutsideUnitDates, p),
        });
    }

    /// <summary>The board as an XLSX workbook (<see cref="IndicatorWorkbook"/>), named after the government's code and the period.</summary>
    public static async Task<IResult> ExportAsync(Guid? governmentId, string? period, ClaimsPrincipal user, IUnitScope scope, IndicatorQueries queries,
        TimeProvider time, CancellationToken ct)
    {
        var (gov, p, problem) = await ResolveAsync(governmentId, period, user, scope, ct);
        if (problem is not null) return Problems.From(problem);
        var board = await queries.BoardAsync(gov, p, ct);
        if (board is null) return Results.NotFound();
        return Results.File(IndicatorWorkbook.Write(board, VietnamTime.Today(time)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"chi-so-{board.GovernmentCode}-{p.Code}.xlsx");
    }

    /// <summary>The government (default: the user's own), the period (default: this year) and the scope check.</summary>
    public static async Task<(Guid Government, ReportingPeriod Period, Error? Problem)> ResolveAsync(Guid? governmentId, string? period, ClaimsPrincipal user,
        IUnitScope scope, CancellationToken ct)
    {
        var p = ReportingPeriod.ForYear(scope.Today.Year);
        if (period is { Length: > 0 } && !ReportingPeriod.TryParse(period, out p))
        {
            return (default, default, BadPeriod);
        }

        Guid? gov = governmentId;
        if (gov is null)
        {
            var (root, everything) = await scope.ReadRootAsync(user, ct: ct);
            gov = root;
            if (gov is null)
            {
                return (default, default, Error.Invalid(everything ? MissingGovernment
                    : "Tài khoản chưa gắn với đơn vị; liên hệ quản trị viên để được gắn với đơn vị.") with { Title = "Thiếu tham số governmentId" });
            }
        }

        return await scope.DenyAsync(user, ScopeAction.Read, gov.Value, ct: ct) is { } deny ? (default, default, deny) : (gov.Value, p, null);
    }
}
