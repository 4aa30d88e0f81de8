using ParPlan.Components.Flash;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Dossiers;

/// <summary><c>POST /api/dossiers/import</c> (multipart <c>file</c>, optional <c>source</c>, and for the administrator an optional
/// <c>governmentId</c> to import for that government): 200 with the summary for a
/// small file, 202 with a job id for a large one, 413 over the limit, 400 for an unreadable file. Only administrators
/// and standing-agency officers import; an officer's file may only carry their own government's units.
/// <c>GET /api/dossiers/import/{id}</c> reports a job of the caller's government (404 for another's).
/// <c>POST /chi-so/nhap/tai-len</c> is the import page's form.</summary>
public static class DossierEndpoints
{
    public const string ImportPagePath = "/chi-so/nhap";

    /// <summary>The upload form's target (the page's own path belongs to the Razor component endpoint).</summary>
    public const string UploadPath = "/chi-so/nhap/tai-len";

    public sealed record ImportJobDto(long JobId, string Status, int Percent, long RowsRead, long Imported, long Updated, long Rejected, string? Error);

    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.ManagePlans);
        api.MapPost("/import", ImportAsync).DisableAntiforgery();
        api.MapGet("/import/{id}", JobAsync).OwnedBy(OwnerKinds.DossierImport, "id");
        api.MapPut("/maps/{source}", SaveMapAsync).OwnedBy(OwnerKinds.DossierColumnMap, "source");
        app.MapPost(UploadPath, UploadFormAsync).RequireAuthorization(Policies.ManagePlans);
        app.MapPost(ColumnMapStep.SavePattern, ColumnMapStep.SaveFormAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.DossierImport, "id");
        return app;
    }

    public static async Task<IResult> ImportAsync(HttpRequest request, ClaimsPrincipal user, DossierImportService imports, IOrgTree tree,
        IOptions<DossierImportOptions> options, TimeProvider time, CancellationToken ct)
    {
        var staged = await StageAsync(request, user, imports, tree, options.Value, time, ct);
        if (staged.Value is not { } batch) return Problems.From(staged.Error!);
        if (new FileInfo(batch.StagedPath!).Length > options.Value.SmallFileBytes)
        {
            imports.Enqueue(batch.Id);
            return Results.Accepted($"/api/dossiers/import/{batch.Id}", new { jobId = batch.Id, status = ImportStatus.Queued.ToString() });
        }

        try
        {
            return Results.Ok(await imports.RunStagedAsync(batch.Id, ct));
        }
        catch (DossierFileException ex)
        {
            return Problems.From(Unreadable(ex.Message));
        }
    }

    public static async Task<IResult> JobAsync(string id, ClaimsPrincipal user, DossierImportQueries queries, CancellationToken ct) =>
        long.TryParse(id, out var jobId) && await queries.JobAsync(user, jobId, rejections: 0, ct) is { } view
            ? Results.Ok(view.Job)
            : Problems.From(Error.NotFound(DossierImportQueries.NotFoundText));

    /// <summary><c>PUT /api/dossiers/maps/{source}[?governmentId=]</c> with a <see cref="DossierColumnMap"/> as JSON: saves the map
    /// of the caller's own government. An officer naming another government gets 404; the administrator names the
    /// government, or saves the shared province-wide map without one.</summary>
    public static async Task<IResult> SaveMapAsync(string source, Guid? governmentId, DossierColumnMap map, ClaimsPrincipal user,
        GovernmentOwnership ownership, DossierMaps maps, CancellationToken ct)
    {
        var owner = governmentId;
        if (CurrentUser.From(user)?.IsAdmin != true)
        {
            owner = await ownership.GovernmentOfAsync(user, ct);
            if (owner is null || (governmentId is { } named && named != owner) || !await ownership.MayUseAsync(user, owner, ct))
            {
                return Problems.From(Error.NotFound("Không tìm thấy chính quyền này trong phạm vi của bạn."));
            }
        }

        var saved = await maps.SaveAsync(owner, source, map, ct);
        return saved.IsSuccess
            ? Results.Ok(new { source = saved.Value, governmentId = owner ?? await maps.SharedOwnerAsync(ct) })
            : Problems.From(saved.Error! with { Title = "Bảng ánh xạ cột không hợp lệ" });
    }

    public static ImportJobDto ToDto(ImportBatch b, ImportProgress progress)
    {
        var live = progress.Get(b.Id);
        var percent = b.Status != ImportStatus.Completed && live is { TotalBytes: > 0 } p ? (int)Math.Min(99, p.Bytes * 100 / p.TotalBytes.Value) : b.Percent;
        return new ImportJobDto(b.Id, b.Status.ToString(), percent, live?.Rows ?? b.RowsRead, b.Imported, b.Updated, live?.Rejected ?? b.Rejected, b.Error);
    }

    private static async Task<IResult> UploadFormAsync(HttpRequest request, ClaimsPrincipal user, DossierImportService imports, IOrgTree tree,
        IOptions<DossierImportOptions> options, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, ColumnMapStep mapping, TimeProvider time, FlashMessages flash, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(request.HttpContext))
        {
            return flash.RedirectWithError(request.HttpContext, ImportPagePath, "Phiên làm việc đã hết hạn, vui lòng tải lại trang.");
        }

        var staged = await StageAsync(request, user, imports, tree, options.Value, time, ct);
        if (staged.Value is not { } batch)
        {
            return flash.RedirectWithError(request.HttpContext, ImportPagePath, staged.Error!.Message);
        }

        if (await mapping.NeedsMappingAsync(batch, ct)) return Results.Redirect(ColumnMapStep.PagePath(batch.Id));
        imports.Enqueue(batch.Id);
        return Results.Redirect($"{ImportPagePath}/{batch.Id}");
    }

    private static async Task<Result<ImportBatch>> StageAsync(HttpRequest request, ClaimsPrincipal user, DossierImportService imports,
        IOrgTree tree, DossierImportOptions options, TimeProvider time, CancellationToken ct)
    {
        if (request.ContentLength > options.MaxUploadBytes + 64 * 1024) return TooLarge(options);
        if (!request.HasFormContentType) return Unreadable("Gửi tệp trong trường 'file' (multipart/form-data).");
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = options.MaxUploadBytes + 64 * 1024;
        var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxUploadBytes + 64 * 1024 }, ct);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Unreadable("Không có tệp hoặc tệp rỗng.");
        if (file.Length > options.MaxUploadBytes) return TooLarge(options);
        var me = CurrentUser.From(user)!;
        Guid? government = null;
        if (!me.IsAdmin)
        {
            if (me.UnitId is not { } own) return Error.Forbidden("Tài khoản chưa gắn với đơn vị.");
            government = await tree.GovernmentOfAsync(own, VietnamTime.Today(time), ct) ?? own;
        }

        // The administrator may import for a government named in 'governmentId' (its map, its units, its job); an officer
        // only for their own, and naming another is answered like a government that does not exist.
        if (Guid.TryParse(form["governmentId"].FirstOrDefault(), out var named) && named != government)
        {
            if (!me.IsAdmin || await tree.GovernmentOfAsync(named, VietnamTime.Today(time), ct) != named)
            {
                return Error.NotFound("Không tìm thấy chính quyền này trong phạm vi của bạn.");
            }

            government = named;
        }

        await using var stream = file.OpenReadStream();
        return await imports.StageAsync(stream, file.FileName, form["source"].FirstOrDefault(), government, ct);
    }

    private static Error TooLarge(DossierImportOptions options) => Error.TooLarge($"Tệp vượt quá giới hạn {options.MaxUploadBytes / (1024 * 1024)} MB.");

    private static Error Unreadable(string detail) => Error.Invalid(detail) with { Title = "Không đọc được tệp hồ sơ" };
}
