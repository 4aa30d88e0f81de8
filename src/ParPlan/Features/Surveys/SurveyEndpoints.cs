using System.Security.Claims;
using System.Text.Json;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Surveys;

/// <summary>The contract's survey routes (http-api.md, "Surveys"): a SIPAS campaign, its responses as JSON and its
/// results, plus <c>PUT /api/surveys/{id}/targets</c> (the sector floors). Campaigns and responses belong to the
/// standing officers of their government and the administrator; results are read within the unit scope.</summary>
public static class SurveyEndpoints
{
    /// <summary>A response body larger than this is refused before it is read (20.000 responses fit in about 2 MB).</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapSurveyEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/surveys").WithTags("Surveys").RequireAuthorization(Policies.SignedIn);
        api.MapPost("/", CreateAsync).RequireAuthorization(Policies.ManagePlans);
        api.MapPost("/{id:guid}/responses", ResponsesAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Survey, "id");
        api.MapPut("/{id:guid}/targets", TargetsAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Survey, "id");
        api.MapGet("/{id:guid}/results", ResultsAsync).OwnedBy(OwnerKinds.Survey, "id");
        return app;
    }

    public static async Task<IResult> CreateAsync(CreateSurveyRequest request, ClaimsPrincipal user, SurveyCommands commands, CancellationToken ct)
    {
        var created = await commands.CreateAsync(user, request, ct);
        return created.IsSuccess ? Results.Created($"/api/surveys/{created.Value}", new { id = created.Value }) : Problems.From(created.Error!);
    }

    public static async Task<IResult> ResponsesAsync(Guid id, HttpRequest request, ClaimsPrincipal user, SurveyQueries queries, SurveyCommands commands,
        CancellationToken ct)
    {
        // Another government's campaign is not found, whatever the body holds.
        if (await queries.WritableAsync(user, id, ct) is null) return Problems.From(Error.NotFound(SurveyQueries.NotFound));
        if (request.ContentLength is > MaxBodyBytes)
        {
            return Problems.From(Error.TooLarge("Danh sách phiếu lớn quá 4 MB; chia thành nhiều lần gửi."));
        }

        // Read at most the limit (a chunked body has no length), then parse.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > MaxBodyBytes) return Problems.From(Error.TooLarge("Danh sách phiếu lớn quá 4 MB; chia thành nhiều lần gửi."));
            buffer.Write(chunk, 0, n);
        }

        List<SurveyResponseRequest?>? body;
        try
        {
            body = JsonSerializer.Deserialize<List<SurveyResponseRequest?>>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), JsonOptions);
        }
        catch (JsonException)
        {
            return Problems.From(Error.Invalid("Nội dung phải là một mảng JSON các phiếu: [{ \"sector\", \"unitId\", \"answers\": { \"1\": 5, … } }].")
                with { Title = "Danh sách phiếu không đọc được" });
        }

        var outcome = await commands.AddResponsesAsync(user, id, body ?? [], ct);
        if (outcome.Value is not { } o) return Problems.From(outcome.Error!);
        return Results.Ok(new { imported = o.Imported, rejected = o.Rejected.Select(r => new { index = r.Index, reason = r.Reason }) });
    }

    /// <summary>The sector floors; <c>?overall=95</c> (added) also sets the overall target.</summary>
    public static async Task<IResult> TargetsAsync(Guid id, List<SectorTargetRequest?> targets, decimal? overall, ClaimsPrincipal user, SurveyCommands commands,
        CancellationToken ct)
    {
        var set = await commands.SetTargetsAsync(user, id, new SurveyTargetsRequest(overall, null, targets), ct);
        return set.IsSuccess ? Results.Ok(new { sectors = set.Value }) : Problems.From(set.Error!);
    }

    public static async Task<IResult> ResultsAsync(Guid id, ClaimsPrincipal user, SurveyQueries queries, CancellationToken ct)
    {
        if (await queries.ResultsAsync(user, id, ct) is not { } r) return Problems.From(Error.NotFound(SurveyQueries.NotFound));
        return Results.Ok(new
        {
            responses = r.Result.Responses,
            overall = r.Result.Overall,
            overallTarget = r.OverallTarget,
            elements = r.Result.Elements.Select(e => new { code = e.Key, index = e.Index, answers = e.Responses }),
            bySector = r.BySector.Select(s => new { sector = s.Sector, responses = s.Responses, index = s.Index, target = s.Target, met = s.Met }),
            byUnit = r.Result.ByUnit.Select(u => new { unitId = u.Key, responses = u.Responses, index = u.Index }),
            formulaNote = "Cách tính chính thức của chỉ số hài lòng SIPAS chưa được xác minh; đây là cách tính mặc định có thể cấu hình.",
        });
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
