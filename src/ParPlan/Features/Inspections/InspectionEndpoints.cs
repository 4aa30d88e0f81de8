using System.Security.Claims;
using ParPlan.Core.Inspections;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Inspections;

/// <summary>The inspection routes of the HTTP contract, plus the list, the unit selection, the team decision and the
/// documents.</summary>
public static class InspectionEndpoints
{
    public static RouteGroupBuilder MapInspectionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspections").WithTags("Inspections").RequireAuthorization(Policies.SignedIn);
        group.MapPost("", CreateAsync).WithName("CreateInspection").RequireAuthorization(Policies.ManagePlans);
        group.MapGet("", ListAsync).WithName("ListInspections");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetInspection").OwnedBy(OwnerKinds.Inspection, "id");
        group.MapPut("/{id:guid}/units", UnitsAsync).WithName("SetInspectionUnits").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Inspection, "id");
        group.MapPut("/{id:guid}/decision", DecisionAsync).WithName("SetInspectionDecision").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Inspection, "id");
        group.MapPost("/{id:guid}/visits", VisitAsync).WithName("AddInspectionVisit").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Inspection, "id");
        group.MapPost("/visits/{visitId:guid}/findings", FindingAsync).WithName("AddInspectionFinding").RequireAuthorization(Policies.ManagePlans)
            .OwnedBy(OwnerKinds.InspectionVisit, "visitId");
        group.MapGet("/{id:guid}/document", DocumentAsync).WithName("InspectionDocument").OwnedBy(OwnerKinds.Inspection, "id");
        return group;
    }

    public static async Task<IResult> CreateAsync(CreateInspectionRequest body, InspectionCommands commands, InspectionAccess access, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var government = body.GovernmentId ?? await access.OwnGovernmentAsync(user, ct);
        if (government is { } g && await access.DenyGovernmentAsync(user, g, write: true, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        var result = await commands.CreateAsync(body with { GovernmentId = government }, ct);
        return result.IsSuccess ? Results.Created($"/api/inspections/{result.Value}", new { id = result.Value }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> ListAsync(int? year, InspectionQueries queries, InspectionAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        var rows = await queries.ListAsync(await access.ReadableGovernmentsAsync(user, ct), ct);
        return Results.Ok(rows.Where(r => year is null || r.Year == year).Select(r => new
        {
            r.Id, r.GovernmentId, r.Year, r.Title, kind = InspectionRules.Code(r.Kind), coverage = Coverage(r.Coverage), r.Visits, r.Findings,
            r.OpenFindings, r.OverdueFindings,
        }));
    }

    public static async Task<IResult> GetAsync(Guid id, InspectionQueries queries, InspectionAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, write: false, ct) is { } denied || await queries.GetAsync(id, ct) is not { } v)
        {
            return Problems.From(InspectionAccess.NotFound());
        }

        return Results.Ok(new
        {
            v.Id, v.GovernmentId, v.Year, v.Title, kind = InspectionRules.Code(v.Kind), coverage = Coverage(v.Coverage),
            denominator = new { chosen = v.ChosenDenominator, text = v.DenominatorText }, targetSource = v.TargetSource,
            decision = new { number = v.DecisionNumber, date = v.DecisionDate }, v.Version,
            units = v.Units.Select(u => new { u.UnitId, name = u.Name, u.InDenominator, u.Selected, u.Inspected }),
            visits = v.Visits.Select(x => new { x.Id, x.UnitId, x.Date, x.Topics, x.Note, findings = x.Findings }),
            findings = v.Findings.Select(f => new { f.Id, f.UnitId, f.VisitId, f.TaskId, status = f.StatusCode, f.Text, f.RemedyDueOn, f.Percent }),
        });
    }

    public static async Task<IResult> UnitsAsync(Guid id, UnitsRequest body, InspectionCommands commands, InspectionAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, write: true, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        var result = await commands.SetUnitsAsync(id, body, ct);
        return result.IsSuccess ? Results.Ok(new { id, version = result.Value }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> DecisionAsync(Guid id, DecisionRequest body, InspectionCommands commands, InspectionAccess access, ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, write: true, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        var result = await commands.SetDecisionAsync(id, body, ct);
        return result.IsSuccess ? Results.Ok(new { id, version = result.Value }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> VisitAsync(Guid id, VisitRequest body, InspectionCommands commands, InspectionAccess access, ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, write: true, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        var result = await commands.AddVisitAsync(id, body, ct);
        return result.IsSuccess ? Results.Created($"/api/inspections/{id}", new { id = result.Value }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> FindingAsync(Guid visitId, FindingRequest body, InspectionCommands commands, InspectionAccess access, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var (denied, inspection) = await access.DenyVisitAsync(user, visitId, write: true, ct);
        if (denied is not null)
        {
            return Problems.From(denied);
        }

        var result = await commands.AddFindingAsync(visitId, body, ct);
        return result.IsSuccess
            ? Results.Created($"/api/inspections/{inspection}", new { id = result.Value.Id, taskId = result.Value.TaskId })
            : Problems.From(result.Error!);
    }

    public static async Task<IResult> DocumentAsync(Guid id, string? format, string? part, InspectionQueries queries, InspectionAccess access, ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, write: false, ct) is not null || await queries.GetAsync(id, ct) is not { } view)
        {
            return Problems.From(InspectionAccess.NotFound());
        }

        if (format is not (null or "docx") || part is not (null or InspectionDocuments.PlanPart or InspectionDocuments.ConclusionPart))
        {
            return Problems.From(Error.Invalid("Chọn format=docx và part=plan (kế hoạch kiểm tra) hoặc part=conclusion (kết luận kiểm tra)."));
        }

        var which = part ?? InspectionDocuments.PlanPart;
        return Results.File(InspectionDocuments.Docx(view, which), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            InspectionDocuments.FileName(view, which));
    }

    private static object Coverage(InspectionCoverage c) => new { units = c.Units, inspected = c.Inspected, rate = c.Rate, target = c.Target };
}
