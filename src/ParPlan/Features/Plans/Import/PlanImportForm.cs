using ParPlan.Components.Flash;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Plans;

/// <summary>The upload form of the import wizard (browser, antiforgery-checked): stores a pending import and redirects
/// to its review page, or back to the form with a Vietnamese error.</summary>
public static class PlanImportForm
{
    public const string PagePath = "/ke-hoach/nhap";

    public const string UploadPath = "/ke-hoach/nhap/tai-len";

    public static void MapPlanImportForm(this IEndpointRouteBuilder app, long maxUploadBytes)
    {
        app.MapPost(UploadPath, UploadAsync).RequireAuthorization(Policies.ManagePlans)
            .WithMetadata(new RequestSizeLimitAttribute(maxUploadBytes + 1024 * 1024))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxUploadBytes + 1024 * 1024 })
            .ExcludeFromDescription();
    }

    public static async Task<IResult> UploadAsync([FromForm] IFormFile? file, [FromForm] Guid? governmentId, PlanImporter importer, PlanAccess access,
        ClaimsPrincipal user, HttpContext context, FlashMessages flash, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Back(context, flash, "Chưa chọn tệp hoặc tệp rỗng.");
        }

        if (file.Length > importer.MaxBytes)
        {
            return Back(context, flash, $"Tệp vượt quá giới hạn {importer.MaxBytes / (1024 * 1024.0):0.#} MB.");
        }

        var government = governmentId ?? await access.OwnGovernmentAsync(user, ct);
        if (government is not { } gov || !await access.CanWriteAsync(user, gov, ct))
        {
            return Back(context, flash, "Bạn không có quyền nhập kế hoạch cho chính quyền này.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var started = await importer.StartAsync(buffer.ToArray(), Path.GetFileName(file.FileName), gov, ct);
        return started.IsSuccess ? Results.Redirect($"{PagePath}/{started.Value}") : Back(context, flash, started.Error!.Message);
    }

    private static IResult Back(HttpContext context, FlashMessages flash, string message) => flash.RedirectWithError(context, PagePath, message);
}
