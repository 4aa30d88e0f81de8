using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using ParPlan.Components.Flash;
using ParPlan.Core.Surveys;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Surveys;

/// <summary>The forms of the survey pages (post, then redirect to the page with the outcome): create a campaign, save its
/// questions, upload a file, import it under a column mapping; and the XLSX export of the results.</summary>
public static class SurveyFormEndpoints
{
    public static IEndpointRouteBuilder MapSurveyForms(this IEndpointRouteBuilder app)
    {
        app.MapPost(SurveyPaths.CreateSave, CreateAsync).RequireAuthorization(Policies.ManagePlans);
        app.MapPost(SurveyPaths.QuestionsSavePattern, QuestionsAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Survey, "id");
        app.MapPost(SurveyPaths.UploadPattern, UploadAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Survey, "id");
        app.MapPost(SurveyPaths.ImportSavePattern, ImportAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Survey, "id", "uploadId");
        app.MapPost(SurveyPaths.TargetsSavePattern, TargetsAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Survey, "id");
        app.MapGet(SurveyPaths.ExportPattern, ExportAsync).RequireAuthorization(Policies.SignedIn).OwnedBy(OwnerKinds.Survey, "id");
        return app;
    }

    private const string Expired = "Phiên làm việc đã hết hạn, vui lòng tải lại trang.";

    public static async Task<IResult> CreateAsync(HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, SurveyCommands commands,
        FlashMessages flash, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return flash.RedirectWithError(http, SurveyPaths.Create, Expired);
        var form = await http.Request.ReadFormAsync(ct);
        var request = new CreateSurveyRequest(Guid.TryParse(form["governmentId"], out var g) ? g : null,
            int.TryParse(form["year"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : null, form["title"].ToString());
        var created = await commands.CreateAsync(user, request, ct);
        if (!created.IsSuccess) return flash.RedirectWithError(http, SurveyPaths.Create, created.Error!.Message);
        flash.Set(http, "Đã tạo đợt khảo sát với năm câu hỏi mặc định theo năm yếu tố SIPAS; sửa câu hỏi nếu cần rồi nhập phiếu.");
        return Results.Redirect(SurveyPaths.Results(created.Value));
    }

    public static async Task<IResult> QuestionsAsync(Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, SurveyQueries queries,
        SurveyQuestionCommands commands, FlashMessages flash, CancellationToken ct)
    {
        if (await queries.WritableAsync(user, id, ct) is null) return Results.NotFound();
        if (!await antiforgery.IsRequestValidAsync(http)) return flash.RedirectWithError(http, SurveyPaths.Questions(id), Expired);
        var form = await http.Request.ReadFormAsync(ct);
        var drafts = new List<SurveyQuestionDraft>();
        for (var i = 0; i < 200 && form.ContainsKey($"q{i}.code"); i++)
        {
            var code = form[$"q{i}.code"].ToString().Trim();
            var text = form[$"q{i}.text"].ToString().Trim();
            if (form[$"q{i}.remove"] == "1" || (code.Length == 0 && text.Length == 0)) continue;
            drafts.Add(new SurveyQuestionDraft(code, form[$"q{i}.element"].ToString(), text, Int(form[$"q{i}.scale"]), Int(form[$"q{i}.satisfied"])));
        }

        var saved = await commands.SaveAsync(user, id, drafts, ct);
        if (!saved.IsSuccess) return flash.RedirectWithError(http, SurveyPaths.Questions(id), saved.Error!.Message);
        flash.Set(http, $"Đã lưu {saved.Value} câu hỏi của đợt khảo sát.");
        return Results.Redirect(SurveyPaths.Questions(id));
    }

    public static async Task<IResult> UploadAsync(Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, SurveyQueries queries,
        SurveyImportStep step, Microsoft.Extensions.Options.IOptions<SurveyOptions> options, FlashMessages flash, CancellationToken ct)
    {
        if (await queries.WritableAsync(user, id, ct) is null) return Results.NotFound();
        var limit = options.Value.MaxUploadBytes + 64 * 1024;

        // The size is checked before the body is read: a file over the limit is refused unread.
        if (http.Request.ContentLength > limit) return flash.RedirectWithError(http, SurveyPaths.Import(id), step.TooLarge().Message);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        IFormFile? file;
        try
        {
            // Read with the limit (a chunked body has no length), then check the token against the form already read.
            var form = http.Request.HasFormContentType
                ? await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, ct)
                : null;
            if (!await antiforgery.IsRequestValidAsync(http)) return flash.RedirectWithError(http, SurveyPaths.Import(id), Expired);
            file = form?.Files.GetFile("file");
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return flash.RedirectWithError(http, SurveyPaths.Import(id), step.TooLarge().Message);
        }

        if (file is null || file.Length == 0) return flash.RedirectWithError(http, SurveyPaths.Import(id), "Chọn tệp khảo sát (CSV hoặc XLSX) rồi tải lên.");
        if (file.Length > options.Value.MaxUploadBytes) return flash.RedirectWithError(http, SurveyPaths.Import(id), step.TooLarge().Message);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var uploaded = await step.UploadAsync(user, id, file.FileName, buffer.ToArray(), ct);
        if (!uploaded.IsSuccess) return flash.RedirectWithError(http, SurveyPaths.Import(id), uploaded.Error!.Message);
        return Results.Redirect(SurveyPaths.Mapping(id, uploaded.Value));
    }

    public static async Task<IResult> ImportAsync(Guid id, Guid uploadId, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery,
        SurveyQueries queries, SurveyImportStep step, FlashMessages flash, CancellationToken ct)
    {
        if (await queries.WritableAsync(user, id, ct) is null) return Results.NotFound();
        if (!await antiforgery.IsRequestValidAsync(http)) return flash.RedirectWithError(http, SurveyPaths.Mapping(id, uploadId), Expired);
        var form = await http.Request.ReadFormAsync(ct);
        var questions = await queries.QuestionsAsync(id, ct);
        var columns = questions.Select(q => (q.Code, Column: Index(form[$"q.{q.Code}"]))).Where(x => x.Column is not null)
            .ToDictionary(x => x.Code, x => x.Column!.Value, StringComparer.Ordinal);
        var mapping = Index(form["sector"]) is { } sector ? new SurveyFileMapping(sector, Index(form["unit"]), columns) : null;
        var imported = await step.ImportAsync(user, id, uploadId, mapping, ct);
        if (imported.Error?.Code == "not-found") return Results.NotFound();
        if (!imported.IsSuccess) return flash.RedirectWithError(http, SurveyPaths.Mapping(id, uploadId), imported.Error!.Message);
        flash.Set(http, $"Đã nhập {Core.Text.NumberText.Count(imported.Value)} phiếu khảo sát; kết quả đã được tính lại.");
        return Results.Redirect(SurveyPaths.Results(id));
    }

    /// <summary>The targets form of the results page: the overall target and the sector floors (lines with neither a sector
    /// nor a floor are left out), each with the version read, through the command of <c>PUT /api/surveys/{id}/targets</c>.</summary>
    public static async Task<IResult> TargetsAsync(Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, SurveyQueries queries,
        SurveyCommands commands, FlashMessages flash, CancellationToken ct)
    {
        if (await queries.WritableAsync(user, id, ct) is null) return Results.NotFound();
        var back = SurveyPaths.Results(id) + "#chi-tieu";
        if (!await antiforgery.IsRequestValidAsync(http)) return flash.RedirectWithError(http, back, Expired);
        var form = await http.Request.ReadFormAsync(ct);
        var overallText = form["overall"].ToString().Trim();
        var overall = Number(overallText);
        if (overallText.Length > 0 && overall is null) return flash.RedirectWithError(http, back, "Chỉ tiêu hài lòng chung phải là một số từ 0 đến 100 (%), ví dụ 95.");
        var sectors = new List<SectorTargetRequest?>();
        for (var i = 0; i < 100 && form.ContainsKey($"s{i}.sector"); i++)
        {
            var (sector, floor) = (form[$"s{i}.sector"].ToString().Trim(), form[$"s{i}.floor"].ToString().Trim());
            if (sector.Length == 0 && floor.Length == 0) continue;
            sectors.Add(new SectorTargetRequest(sector, Number(floor), Long(form[$"s{i}.version"])));
        }

        var saved = await commands.SetTargetsAsync(user, id, new SurveyTargetsRequest(overall, Long(form["overallVersion"]), sectors), ct);
        if (!saved.IsSuccess) return flash.RedirectWithError(http, back, saved.Error!.Message);
        flash.Set(http, $"Đã lưu chỉ tiêu hài lòng chung và mức sàn của {saved.Value} lĩnh vực; bảng chỉ số so sánh theo chỉ tiêu mới.");
        return Results.Redirect(back);
    }

    public static async Task<IResult> ExportAsync(Guid id, ClaimsPrincipal user, SurveyExport export, CancellationToken ct) =>
        await export.ResultsAsync(user, id, ct) is { } file
            ? Results.File(file.Bytes, Core.Spreadsheets.XlsxWriter.ContentType, file.FileName)
            : Results.NotFound();

    /// <summary>A percentage as officers type it: "85", "85,5" or "85.5"; null when it is not a number.</summary>
    private static decimal? Number(string? value) =>
        decimal.TryParse(value?.Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static long? Long(string? value) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int Int(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static int? Index(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : null;
}
