using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Cascade.Pages;

/// <summary>The child-plan wizard: a lower government's draft from its parent, its units mapped, dates kept or made
/// earlier. The government is the officer's own (a province officer may pass <c>?chinh-quyen=</c> for a commune below).</summary>
public sealed partial class ChildPlanWizardPage
{
    private IReadOnlyList<UnitMapRow>? rows;
    private IReadOnlyList<UnitNode> ownUnits = [];
    private string governmentName = "";
    private string? error;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private ChildPlanBuilder Builder { get; set; } = default!;

    [Inject] private CascadeAccess Access { get; set; } = default!;

    [Inject] private Plans.PlanAccess Plans { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "chinh-quyen")] private Guid? GovernmentQuery { get; set; }

    [SupplyParameterFromForm(FormName = "child")] private ChildForm? Form { get; set; }

    public static string PathOf(Guid id) => $"/ke-hoach/{id}/ke-hoach-con";

    protected override async Task OnInitializedAsync()
    {
        Form ??= new();
        var government = Form.GovernmentId ?? GovernmentQuery ?? await Plans.OwnGovernmentAsync(HttpContext.User);
        if (government is not { } g || await Access.CreateChildAsync(HttpContext.User, Id, g) is not null
            || (await Builder.MappingAsync(Id, g)).Value is not { } mapping)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Form.GovernmentId = g;
        rows = mapping;
        var tree = await Builder.OwnUnitsAsync(g);
        ownUnits = tree.Where(n => n.Kind is not UnitKind.OutsideBody).ToList();
        governmentName = tree.FirstOrDefault(n => n.Id == g)?.Name ?? "";
    }

    private async Task CreateAsync()
    {
        if (rows is null || Form!.GovernmentId is not { } g)
        {
            return;
        }

        var result = await Builder.CreateAsync(Id, new ChildPlanDraft(g, Form.ShiftDays, Form.Map));
        if (result.IsSuccess)
        {
            var (planId, count) = result.Value;
            Flash.Redirect(HttpContext, Nav, $"/ke-hoach/{planId}", $"Đã tạo dự thảo kế hoạch với {Core.Text.NumberText.Count(count)} nhiệm vụ từ kế hoạch cấp trên.");
            return;
        }

        error = result.Error!.Message;
    }

    /// <summary>The wizard's form: the government, the days earlier and the unit choices.</summary>
    public sealed class ChildForm
    {
        public Guid? GovernmentId { get; set; }

        public int ShiftDays { get; set; }

        public Dictionary<Guid, Guid> Map { get; set; } = [];
    }
}
