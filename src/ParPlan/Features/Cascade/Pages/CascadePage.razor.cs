using Microsoft.AspNetCore.Components;
using MudBlazor;
using ParPlan.Components.Flash;
using ParPlan.Core.Cascade;
using ParPlan.Core.Plans;
using ParPlan.Core.Text;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Cascade.Pages;

/// <summary>The cascade panel of a plan: the standing officer gives the lower governments a due date for their plans
/// (proposed from the plan's own task), everyone in scope reads the compliance list and the coverage matrix; a lower
/// government reading the plan from below sees its own line only.</summary>
public sealed partial class CascadePage
{
    private CoverageView? view;
    private CoverageView? coverage;
    private IReadOnlyList<ObligationRow> rows = [];
    private DateOnly? proposedDue;
    private bool canWrite;
    private string? error;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private CascadeQueries Queries { get; set; } = default!;

    [Inject] private CascadeCommands Commands { get; set; } = default!;

    [Inject] private CascadeAccess Access { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "cascade")] private CascadeForm? Form { get; set; }

    public static string PathOf(Guid id) => $"/ke-hoach/{id}/phan-cap";

    protected override async Task OnInitializedAsync()
    {
        var posted = Form is not null;
        Form ??= new();
        var loaded = await Queries.CoverageAsync(Id);
        (Error? denied, Guid? only) = loaded is null ? (PlanAccess.NotFound(), null) : await Access.ReadAsync(HttpContext.User, Id, loaded.Plan.GovernmentId);
        if (denied is not null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        view = loaded;
        coverage = only is null ? loaded : null;
        rows = (await Queries.ObligationsAsync(Id))!.Where(r => only is null || r.GovernmentId == only).ToList();
        canWrite = only is null && await Access.WriteAsync(HttpContext.User, Id) is null;
        proposedDue = await Queries.ProposedDueOnAsync(Id);
        if (!posted)
        {
            Form = new CascadeForm { DueOn = DateText.Format(proposedDue), Picked = loaded!.Plan.LowerGovernments.ToDictionary(g => g.Id, _ => true) };
        }
    }

    private async Task CascadeAsync()
    {
        if (!canWrite)
        {
            error = "Bạn chỉ có quyền xem kế hoạch này, không được giao cấp dưới.";
            return;
        }

        var due = DateText.Parse(Form!.DueOn);
        if (due is null && !string.IsNullOrWhiteSpace(Form.DueOn))
        {
            error = "Hạn ban hành phải là ngày dạng dd/MM/yyyy, ví dụ 28/02/2026.";
            return;
        }

        var result = await Commands.CascadeAsync(Id, Form.Picked.Where(p => p.Value).Select(p => p.Key).ToList(), due);
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, PathOf(Id), $"Đã giao {NumberText.Count(result.Value)} địa phương xây dựng kế hoạch, hạn {DateText.Format(due)}.");
            return;
        }

        error = result.Error!.Message;
    }

    private static Color Colour(ObligationStatus status) => status switch
    {
        ObligationStatus.Issued => Color.Success,
        ObligationStatus.IssuedLate => Color.Warning,
        ObligationStatus.Overdue => Color.Error,
        _ => Color.Default,
    };

    private static string Symbol(CoverageCell cell) => cell.State switch
    {
        CoverageState.Covered => cell.Done ? "✓ ●" : "✓",
        CoverageState.NotCovered => "✗",
        _ => "–",
    };

    private static string AreaName(string code) => code.Length == 0 ? "Khác" : AreaNames.Of(code);

    private static string Short(string text) => text.Length > 80 ? text[..79] + "…" : text;

    /// <summary>The cascade form: the governments ticked and the due date.</summary>
    public sealed class CascadeForm
    {
        public Dictionary<Guid, bool> Picked { get; set; } = [];

        public string? DueOn { get; set; }
    }
}
