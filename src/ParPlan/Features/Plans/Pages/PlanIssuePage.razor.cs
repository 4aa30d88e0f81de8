using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Core.Text;
using ParPlan.Features.Organisation;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Plans.Pages;

/// <summary>The confirmation step of "Ban hành": lists what is still open, takes the number and date (prefilled from
/// the document, else today), and issues; the units given tasks are notified.</summary>
public sealed partial class PlanIssuePage
{
    private PlanDetail? plan;
    private PlanOpenPoints open = new([], [], [], 0);
    private string? error;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private PlanQueries Queries { get; set; } = default!;

    [Inject] private PlanIssueQueries IssueQueries { get; set; } = default!;

    [Inject] private PlanCommands Commands { get; set; } = default!;

    [Inject] private PlanAccess Access { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "issue")] private IssueForm? Issue { get; set; }

    /// <summary>The route of this step for plan <paramref name="id"/>.</summary>
    public static string PathOf(Guid id) => $"/ke-hoach/{id}/ban-hanh";

    protected override async Task OnInitializedAsync()
    {
        var posted = Issue is not null;
        Issue ??= new();
        await LoadAsync();
        if (plan is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!posted)
        {
            Issue = new IssueForm { Number = plan.Number, IssuedOn = DateText.Format(plan.IssuedOn ?? Access.Today) };
        }
    }

    private async Task LoadAsync()
    {
        plan = null;
        if (await Access.DenyAsync(HttpContext.User, Id, write: true) is not null)
        {
            return;
        }

        plan = await Queries.DetailAsync(Id);
        if (plan is not null)
        {
            open = await IssueQueries.OpenPointsAsync(plan);
        }
    }

    private async Task IssueAsync()
    {
        if (plan is null)
        {
            return;
        }

        var result = await Commands.IssueAsync(Id, Issue!.Number, DateText.Parse(Issue.IssuedOn), Issue.Version);
        if (result.IsSuccess)
        {
            var notified = open.Units > 0 ? $" Đã báo cho {Count(open.Units)} đơn vị được giao nhiệm vụ." : "";
            Flash.Redirect(HttpContext, Nav, $"/ke-hoach/{Id}", "Đã ban hành kế hoạch." + notified);
            return;
        }

        error = result.Error!.Message;
        await LoadAsync();
    }

    private static string Count(int n) => NumberText.Count(n);

    public sealed class IssueForm
    {
        public string? Number { get; set; }

        public string? IssuedOn { get; set; }

        public long? Version { get; set; }
    }
}
