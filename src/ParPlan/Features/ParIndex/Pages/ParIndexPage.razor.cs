using Microsoft.AspNetCore.Components;
using ParPlan.Features.Auth;
using ParPlan.Components.Flash;

namespace ParPlan.Features.ParIndex.Pages;

public sealed partial class ParIndexPage
{
    private IReadOnlyList<ParSetSummary> sets = [];
    private IReadOnlyList<ParAssessmentRow> assessments = [];
    private IReadOnlyList<(Guid Id, string Name)> openable = [];
    private bool canImport;
    private bool isAppraiser;
    private string? error;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private ParSetCommands Sets { get; set; } = default!;

    [Inject] private ParPageQueries Queries { get; set; } = default!;

    [Inject] private ParSelfAssessment Self { get; set; } = default!;

    [Inject] private ParAccess Access { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "open")] private OpenForm? Open { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Open ??= new();
        var user = HttpContext.User;
        var ct = HttpContext.RequestAborted;
        sets = await Sets.ListAsync(user, ct);
        assessments = await Queries.AssessmentsAsync(user, false, ct);
        openable = await Queries.OpenableUnitsAsync(user, ct);
        canImport = Access.Import(user) is null;
        isAppraiser = CurrentUser.From(user)?.Role is Roles.Appraiser or Roles.Admin;
    }

    private async Task OpenAsync()
    {
        var opened = await Self.OpenAsync(HttpContext.User, new OpenAssessmentRequest(Open!.SetId, Open.UnitId), HttpContext.RequestAborted);
        if (opened.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, $"/chi-so-cchc/danh-gia/{opened.Value}", "Đã mở bản tự đánh giá.");
            return;
        }

        error = opened.Error!.Message;
    }

    public sealed class OpenForm
    {
        public Guid SetId { get; set; }

        public Guid UnitId { get; set; }
    }
}
