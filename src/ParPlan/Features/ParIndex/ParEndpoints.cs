using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ParPlan.Features.Auth;
using ParPlan.Features.Tasks;
using ParPlan.Infrastructure;

namespace ParPlan.Features.ParIndex;

/// <summary><c>/api/par</c>: criteria sets, assessments (self-score, evidence, submit, appraisal rounds, explanations,
/// survey points, bonus and penalty, finalise) and the ranking, as the HTTP contract's "PAR INDEX" section.</summary>
public static class ParEndpoints
{
    private const long FormMargin = 1024 * 1024;

    public static IEndpointRouteBuilder MapParEndpoints(this IEndpointRouteBuilder app)
    {
        var maxEvidence = app.ServiceProvider.GetRequiredService<IOptions<EvidenceOptions>>().Value.MaxBytes;
        var group = app.MapGroup("/api/par").WithTags("PAR INDEX").RequireAuthorization(Policies.SignedIn);
        group.MapPost("/criteria-sets", ImportSet).DisableAntiforgery().WithName("PostParCriteriaSet")
            .WithMetadata(new RequestSizeLimitAttribute(ParSetImport.MaxBytes + FormMargin));
        group.MapGet("/criteria-sets", async (ClaimsPrincipal user, ParSetCommands sets, CancellationToken ct) =>
            TypedResults.Ok((await sets.ListAsync(user, ct)).Select(s => new { s.Id, s.Name, s.Issuer, s.Year, s.Block, s.Version, s.EffectiveFrom, s.SelfAssessmentLockOn, s.Example, s.Superseded })))
            .WithName("GetParCriteriaSets");
        group.MapGet("/criteria-sets/export", async (Guid? id, string? format, ClaimsPrincipal user, ParExports exports, CancellationToken ct) =>
            Download(id is { } setId ? await exports.SetAsync(user, setId, format, ct) : Error.Invalid("Chọn bộ tiêu chí (id)."))).WithName("GetParCriteriaSetExport");
        group.MapGet("/results/export", async (Guid? criteriaSetId, ClaimsPrincipal user, ParExports exports, CancellationToken ct) =>
            Download(criteriaSetId is { } setId ? await exports.RankingAsync(user, setId, ct) : Error.Invalid("Chọn bộ tiêu chí (criteriaSetId)."))).WithName("GetParResultsExport");
        group.MapPut("/area-owners", async (AreaOwnerRequest request, ClaimsPrincipal user, ParSelfAssessment self, CancellationToken ct) =>
        {
            var set = await self.SetAreaOwnerAsync(user, request, ct);
            return set.IsSuccess ? Results.NoContent() : Problems.From(set.Error!);
        }).WithName("PutParAreaOwner");
        group.MapPost("/assessments", async (OpenAssessmentRequest request, ClaimsPrincipal user, ParSelfAssessment self, CancellationToken ct) =>
        {
            var opened = await self.OpenAsync(user, request, ct);
            if (opened.IsSuccess) return Results.Created($"/api/par/assessments/{opened.Value}", new { id = opened.Value });
            return opened.Error!.Code == "conflict" && opened.Error.Current is { } current ? Results.Conflict(current) : Problems.From(opened.Error);
        }).WithName("PostParAssessment");
        group.MapGet("/assessments/{id:guid}", async (Guid id, ClaimsPrincipal user, ParAssessmentQueries queries, CancellationToken ct) =>
            Answer(await queries.GetAsync(user, id, ct))).WithName("GetParAssessment").OwnedBy(OwnerKinds.ParAssessment, "id");
        group.MapGet("/assessments/{id:guid}/report", async (Guid id, ClaimsPrincipal user, ParExports exports, CancellationToken ct) =>
            Download(await exports.ReportAsync(user, id, ct))).WithName("GetParSelfAssessmentReport").OwnedBy(OwnerKinds.ParAssessment, "id");
        group.MapPut("/assessments/{id:guid}/items/{code}", async (Guid id, string code, SelfScoreRequest request, ClaimsPrincipal user, ParSelfAssessment self, CancellationToken ct) =>
            Answer(await self.ScoreAsync(user, id, code, request, ct))).WithName("PutParSelfScore").OwnedBy(OwnerKinds.ParAssessment, "id", "code");
        group.MapPost("/assessments/{id:guid}/items/{code}/evidence", AddEvidence).DisableAntiforgery().WithName("PostParEvidence")
            .OwnedBy(OwnerKinds.ParAssessment, "id", "code")
            .WithMetadata(new RequestSizeLimitAttribute(maxEvidence + FormMargin))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxEvidence + FormMargin });
        group.MapPost("/assessments/{id:guid}/submit", async (Guid id, VersionRequest request, ClaimsPrincipal user, ParSelfAssessment self, CancellationToken ct) =>
            Answer(await self.SubmitAsync(user, id, request, ct))).WithName("PostParSubmit").OwnedBy(OwnerKinds.ParAssessment, "id");
        group.MapPut("/assessments/{id:guid}/items/{code}/appraisal", async (Guid id, string code, AppraisalRequest request, ClaimsPrincipal user, ParAppraisal appraisal, CancellationToken ct) =>
            Answer(await appraisal.AppraiseAsync(user, id, code, request, ct))).WithName("PutParAppraisal").OwnedBy(OwnerKinds.ParAssessment, "id", "code");
        group.MapPost("/assessments/{id:guid}/rounds/close", async (Guid id, VersionRequest request, ClaimsPrincipal user, ParAppraisal appraisal, CancellationToken ct) =>
            Answer(await appraisal.CloseRoundAsync(user, id, request, ct))).WithName("PostParCloseRound").OwnedBy(OwnerKinds.ParAssessment, "id");
        group.MapPut("/assessments/{id:guid}/items/{code}/reply", async (Guid id, string code, ReplyRequest request, ClaimsPrincipal user, ParSelfAssessment self, CancellationToken ct) =>
            Answer(await self.ReplyAsync(user, id, code, request, ct))).WithName("PutParReply").OwnedBy(OwnerKinds.ParAssessment, "id", "code");
        group.MapPost("/assessments/{id:guid}/survey", async (Guid id, SurveyRequest request, ClaimsPrincipal user, ParAppraisal appraisal, CancellationToken ct) =>
            Answer(await appraisal.SurveyAsync(user, id, request, ct))).WithName("PostParSurvey").OwnedBy(OwnerKinds.ParAssessment, "id");
        group.MapPost("/assessments/{id:guid}/adjustments", async (Guid id, AdjustmentRequest request, ClaimsPrincipal user, ParAppraisal appraisal, CancellationToken ct) =>
            Answer(await appraisal.AdjustAsync(user, id, request, ct))).WithName("PostParAdjustments").OwnedBy(OwnerKinds.ParAssessment, "id");
        group.MapPost("/assessments/{id:guid}/finalize", async (Guid id, VersionRequest request, ClaimsPrincipal user, ParAppraisal appraisal, CancellationToken ct) =>
            Answer(await appraisal.FinalizeAsync(user, id, request, ct))).WithName("PostParFinalize").OwnedBy(OwnerKinds.ParAssessment, "id");
        group.MapGet("/assessments/{id:guid}/remediation", async (Guid id, ClaimsPrincipal user, ParRemediationQueries remediation, CancellationToken ct) =>
        {
            var list = await remediation.ListAsync(user, id, ct);
            return list.IsSuccess ? Results.Ok(list.Value) : Problems.From(list.Error!);
        }).WithName("GetParRemediation").OwnedBy(OwnerKinds.ParAssessment, "id");
        group.MapPost("/assessments/{id:guid}/remediation/{code}/accept", async (Guid id, string code, ParRemediationDecision request, ClaimsPrincipal user, ParRemediationCommands commands, CancellationToken ct) =>
            Decided(await commands.AcceptAsync(user, id, code, request, ct))).WithName("PostParRemediationAccept").OwnedBy(OwnerKinds.ParAssessment, "id", "code");
        group.MapPost("/assessments/{id:guid}/remediation/{code}/reject", async (Guid id, string code, ParRemediationDecision request, ClaimsPrincipal user, ParRemediationCommands commands, CancellationToken ct) =>
            Decided(await commands.RejectAsync(user, id, code, request, ct))).WithName("PostParRemediationReject").OwnedBy(OwnerKinds.ParAssessment, "id", "code");
        group.MapGet("/results/annex", async (Guid? criteriaSetId, ClaimsPrincipal user, ParExports exports, CancellationToken ct) =>
            Download(criteriaSetId is { } setId ? await exports.DecisionAsync(user, setId, ct) : Error.Invalid("Chọn bộ tiêu chí (criteriaSetId)."))).WithName("GetParResultsDecision");
        group.MapGet("/results", async (Guid? criteriaSetId, ClaimsPrincipal user, ParResults results, CancellationToken ct) =>
        {
            if (criteriaSetId is not { } setId) return Problems.From(Error.Invalid("Chọn bộ tiêu chí (criteriaSetId)."));
            var ranking = await results.RankingAsync(user, setId, ct);
            return ranking.IsSuccess ? Results.Ok(ranking.Value) : Problems.From(ranking.Error!);
        }).WithName("GetParResults");
        group.MapGet("/evidence/{id:guid}/file", async (Guid id, ClaimsPrincipal user, ParEvidenceCommands evidence, CancellationToken ct) =>
                await evidence.FileAsync(user, id, ct) is { } file && File.Exists(file.Path)
                    ? Results.File(file.Path, file.ContentType, file.FileName)
                    : Problems.From(Error.NotFound("Không tìm thấy tài liệu kiểm chứng trong phạm vi của bạn.")))
            .WithName("GetParEvidenceFile").OwnedBy(OwnerKinds.ParEvidence, "id");
        return app;
    }

    private static IResult Download(Result<(byte[] Bytes, string ContentType, string FileName)> file) =>
        file.IsSuccess ? Results.File(file.Value.Bytes, file.Value.ContentType, file.Value.FileName) : Problems.From(file.Error!);

    private static IResult Decided(Result<ParRemediationView> result) =>
        result.IsSuccess ? Results.Ok(result.Value) : Problems.From(result.Error!);

    private static IResult Answer(Result<ParAssessmentView> result) => result.IsSuccess ? Results.Ok(result.Value) : Problems.From(result.Error!);

    private static async Task<IResult> ImportSet(HttpRequest http, ClaimsPrincipal user, ParSetImport import, CancellationToken ct)
    {
        var imported = await import.ImportAsync(user, http, ct);
        return imported.IsSuccess ? Results.Created($"/api/par/criteria-sets?id={imported.Value}", new { id = imported.Value }) : Problems.From(imported.Error!);
    }

    private static async Task<IResult> AddEvidence(Guid id, string code, HttpRequest http, ClaimsPrincipal user, ParEvidenceCommands commands, CancellationToken ct)
    {
        ParEvidenceUpload upload;
        if (http.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await http.ReadFormAsync(ct);
            }
            catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
            {
                return Problems.From(commands.TooLarge());
            }

            upload = new ParEvidenceUpload(form["title"], form.Files["file"], form["link"], Guid.TryParse(form["taskEvidenceId"], out var t) ? t : null);
        }
        else
        {
            ParEvidenceLink? body;
            try
            {
                body = await http.ReadFromJsonAsync<ParEvidenceLink>(ct);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
            {
                return Problems.From(Error.Invalid("Gửi minh chứng dạng multipart/form-data (tệp) hoặc JSON { \"link\" } / { \"taskEvidenceId\" }."));
            }

            upload = new ParEvidenceUpload(body?.Title, null, body?.Link, body?.TaskEvidenceId);
        }

        var added = await commands.AddAsync(user, id, code, upload, ct);
        return added.IsSuccess ? Results.Created($"/api/par/evidence/{added.Value}/file", new { id = added.Value }) : Problems.From(added.Error!);
    }
}
