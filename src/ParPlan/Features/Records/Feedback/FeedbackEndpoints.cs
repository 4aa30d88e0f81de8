using System.Security.Claims;
using ParPlan.Core.Indicators;
using ParPlan.Core.Spreadsheets;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Records;

/// <summary>The feedback (PAKN) log (added to the HTTP contract, docs/records.md): <c>/api/records/feedback</c> with the
/// two Decision 766 ratios of a period, the log as XLSX at <c>GET /phan-anh-kien-nghi/xuat</c>, and the annual report at
/// <c>GET /api/records/feedback/report</c>.</summary>
public static class FeedbackEndpoints
{
    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/records/feedback").WithTags("Records").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", ListAsync);
        api.MapPost("/", LogAsync).RequireAuthorization(Policies.ManagePlans);
        api.MapGet("/report", ReportAsync);
        api.MapGet("/{id:guid}", GetAsync).OwnedBy(OwnerKinds.Feedback, "id");
        api.MapPut("/{id:guid}/outcome", OutcomeAsync).RequireAuthorization(Policies.EditPlans).OwnedBy(OwnerKinds.Feedback, "id");
        app.MapGet(RecordRoutes.FeedbackExport, ExportAsync).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    /// <summary>The period of a query ("2026", "2026-Q1", …), else this year.</summary>
    public static ReportingPeriod PeriodOf(string? code, RecordLookups lookups) =>
        ReportingPeriod.TryParse(code, out var p) ? p : ReportingPeriod.ForYear(lookups.Today.Year);

    public static async Task<IResult> ListAsync(Guid? governmentId, string? period, int? page, ClaimsPrincipal user, FeedbackQueries queries, RecordLookups lookups,
        CancellationToken ct)
    {
        var p = PeriodOf(period, lookups);
        var log = await queries.LogAsync(user, governmentId, p, page ?? 1, ct);
        return Results.Ok(new
        {
            period = p.Code,
            rates = new
            {
                total = log.Rates.Total, onTime = log.Rates.OnTime, onTimeRate = log.Rates.OnTimeRate, unsatisfiedOrOverdue = log.Rates.UnsatisfiedOrOverdue,
                satisfactionRate = log.Rates.SatisfactionRate, open = log.Rates.Open, outsideCompetence = log.Rates.OutsideCompetence,
            },
            total = log.Total,
            items = log.Items.Select(Dto),
        });
    }

    public static async Task<IResult> LogAsync(FeedbackCommands.FeedbackRequest request, ClaimsPrincipal user, FeedbackCommands commands, CancellationToken ct)
    {
        var result = await commands.LogAsync(user, request, ct);
        return result.Value is { } f ? Results.Created($"/api/records/feedback/{f.Id}", new { id = f.Id, version = f.Version }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, FeedbackQueries queries, CancellationToken ct)
    {
        var result = await queries.DetailAsync(user, id, ct);
        if (result.Value is not { } d) return Problems.From(result.Error!);
        var f = d.Entry;
        return Results.Ok(new
        {
            f.Id, f.GovernmentId, f.Number, f.Channel, f.IntakeAddress, f.ReceivedOn, f.Content, f.HandlerUnitId, handlerUnitName = d.HandlerUnitName, f.DueOn,
            f.WithinCompetence, f.Outcome, f.ResolvedOn, f.OutcomePublished, f.Satisfaction, overdue = d.Overdue, f.Version,
        });
    }

    public static async Task<IResult> OutcomeAsync(Guid id, FeedbackCommands.OutcomeRequest request, ClaimsPrincipal user, FeedbackCommands commands, CancellationToken ct)
    {
        var result = await commands.OutcomeAsync(user, id, request, ct);
        return result.Value is { } f ? Results.Ok(new { f.Id, f.Outcome, f.ResolvedOn, f.OutcomePublished, f.Satisfaction, f.Version }) : Problems.From(result.Error!);
    }

    /// <summary><c>GET /api/records/feedback/report?year=&amp;governmentId=[&amp;format=docx|xlsx]</c> (added): the government's
    /// annual feedback report as a Decree 30 DOCX, or its overdue feedback as XLSX (<see cref="FeedbackReports"/>).</summary>
    public static async Task<IResult> ReportAsync(int? year, Guid? governmentId, string? format, ClaimsPrincipal user, FeedbackReports reports,
        RecordLookups lookups, CancellationToken ct)
    {
        if (format is not (null or "" or "docx" or "xlsx"))
        {
            return Problems.From(Error.Invalid("format là docx (báo cáo) hoặc xlsx (danh sách phản ánh quá hạn); bỏ trống để lấy báo cáo.") with { Title = "Định dạng không hợp lệ" });
        }

        var data = await reports.DataAsync(user, governmentId, year, ct);
        if (data.Value is not { } d) return Problems.From(data.Error!);
        var file = format == "xlsx" ? FeedbackReports.Xlsx(d, lookups.Today) : FeedbackReports.Docx(d);
        return Results.File(file.Bytes, file.ContentType, file.FileName);
    }

    public static async Task<IResult> ExportAsync(Guid? dv, string? ky, ClaimsPrincipal user, FeedbackQueries queries, RecordLookups lookups, CancellationToken ct)
    {
        var p = PeriodOf(ky, lookups);
        var log = await queries.LogAsync(user, dv, p, 0, ct);
        var scope = await DialogueEndpoints.ScopeTextAsync(lookups, dv, null, ct) + "; kỳ: " + p.Label;
        return Results.File(RecordWorkbooks.Feedback(scope, log.Rates, log.Items, lookups.Today), XlsxWriter.ContentType, $"phan-anh-kien-nghi-{p.Code}.xlsx");
    }

    private static object Dto(FeedbackQueries.Row f) => new
    {
        f.Id, f.GovernmentId, f.Number, f.Channel, f.IntakeAddress, f.ReceivedOn, f.Content, f.HandlerUnitId, f.HandlerUnitName, f.DueOn, f.WithinCompetence,
        f.Outcome, f.ResolvedOn, f.OutcomePublished, f.Satisfaction, f.Overdue,
    };
}
