using System.Security.Claims;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Features.Auth;
using ParPlan.Features.Plans;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Reports.Documents;

/// <summary><c>GET /api/plans/{id}/document?format=docx|pdf</c>: the plan as a Decree 30 DOCX (or its PDF through
/// LibreOffice), to whoever may read the plan; another government's plan is a 404.</summary>
public static class PlanDocumentEndpoints
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapPlanDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/plans/{id:guid}/document", GetAsync).WithName("GetPlanDocument").WithTags("Plans")
            .RequireAuthorization(Policies.SignedIn).OwnedBy(OwnerKinds.Plan, "id");
        return app;
    }

    /// <summary>The address of plan <paramref name="id"/>'s document in <paramref name="format"/>.</summary>
    public static string PathOf(Guid id, string format = "docx") => $"/api/plans/{id}/document?format={format}";

    public static async Task<IResult> GetAsync(Guid id, string? format, PlanQueries queries, PlanAccess access, LibreOfficePdfConverter pdf, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var kind = (format ?? "docx").Trim().ToLowerInvariant();
        if (kind is not ("docx" or "pdf"))
        {
            return Problems.From(Error.Invalid("Định dạng tệp chưa hỗ trợ: chọn format=docx (Word) hoặc format=pdf."));
        }

        if (await access.DenyAsync(user, id, write: false, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        if (await queries.DetailAsync(id, ct) is not { } plan)
        {
            return Problems.From(PlanAccess.NotFound());
        }

        var docx = PlanDocuments.Docx(plan);
        var name = FileName(plan);
        if (kind == "docx")
        {
            return Results.File(docx, DocxType, name + ".docx");
        }

        var converted = await Task.Run(() => pdf.Convert(docx), ct);
        return converted.Pdf is { } bytes
            ? Results.File(bytes, "application/pdf", name + ".pdf")
            : Problems.From(Error.Unavailable(converted.Problem!) with { Title = "Chưa xuất được tệp PDF" });
    }

    /// <summary>"ke-hoach-15-KH-UBND" or "ke-hoach-du-thao-{id}".</summary>
    private static string FileName(PlanDetail plan) =>
        plan.Number is { Length: > 0 } n
            ? "ke-hoach-" + new string(n.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-')
            : $"ke-hoach-du-thao-{plan.Id:N}";
}
