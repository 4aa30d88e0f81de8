using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Core.Plans;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.ParIndex.Pages;

/// <summary>The remediation proposals of a finalised assessment: whoever may read it follows them (and the linked
/// tasks' status); the standing agency accepts each into next year's Draft plan or rejects it.</summary>
public sealed partial class ParRemediationPage
{
    private static readonly IReadOnlyList<(string Code, string Name)> Areas =
        [.. Enum.GetValues<AreaCode>().Select(a => (PlanJsonText.Enum(a), AreaNames.Of(a)))];

    private IReadOnlyList<(Guid Id, string UnitName, int Year, int Waiting)> assessments = [];
    private IReadOnlyList<ParRemediationView> proposals = [];
    private IReadOnlyList<(Guid Id, string Title)> drafts = [];
    private IReadOnlyList<UnitNode> units = [];
    private ParRemediationView? selected;
    private Guid? chosen;
    private bool canDecide;
    private string? error;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private ParRemediationQueries Queries { get; set; } = default!;

    [Inject] private ParRemediationCommands Commands { get; set; } = default!;

    [Inject] private ParAccess Access { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "danhgia")] private Guid? AssessmentId { get; set; }

    [SupplyParameterFromQuery(Name = "tc")] private string? Code { get; set; }

    [SupplyParameterFromForm(FormName = "decide")] private ParRemediationForm? Form { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Form ??= new();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var user = HttpContext.User;
        var ct = HttpContext.RequestAborted;
        assessments = await Queries.FinalisedAsync(user, ct);
        chosen = assessments.FirstOrDefault(a => a.Id == AssessmentId).Id is var id && id != Guid.Empty ? id
            : assessments.FirstOrDefault(a => a.Waiting > 0).Id is var waiting && waiting != Guid.Empty ? waiting
            : assessments.Count > 0 ? assessments[0].Id : null;
        if (chosen is not { } c || await Queries.ListAsync(user, c, ct) is not { IsSuccess: true } list) return;
        proposals = list.Value!;
        if (await Queries.OwnerAsync(c, ct) is not ({ } unit, { } government)) return;
        canDecide = await Access.RemediateAsync(user, unit, ct) is null;
        selected = proposals.FirstOrDefault(p => p.Code == Code && p.Status != ParRemediationStatuses.Accepted);
        if (canDecide && selected is not null)
        {
            drafts = await Queries.DraftPlansAsync(government, selected.PlanYear, ct);
            units = await Queries.UnitsAsync(government, ct);
        }
    }

    private async Task DecideAsync()
    {
        var f = Form!;
        var due = DateText.Parse(f.DueOn);
        if (!string.IsNullOrWhiteSpace(f.DueOn) && due is null)
        {
            error = "Thời hạn hoàn thành phải là ngày dạng ngày/tháng/năm, ví dụ 30/09/2027.";
            await LoadAsync();
            return;
        }

        var request = new ParRemediationDecision(f.Title, f.Area, f.LeadUnitId, due, f.PlanId, f.Note, f.Version);
        var reject = f.Decision == "reject";
        var ct = HttpContext.RequestAborted;
        var done = reject
            ? await Commands.RejectAsync(HttpContext.User, AssessmentId ?? Guid.Empty, Code ?? "", request, ct)
            : await Commands.AcceptAsync(HttpContext.User, AssessmentId ?? Guid.Empty, Code ?? "", request, ct);
        if (done.IsSuccess)
        {
            var v = done.Value!;
            Flash.Redirect(HttpContext, Nav, $"/chi-so-cchc/khac-phuc?danhgia={AssessmentId}", reject
                ? $"Đã ghi nhận không đưa tiêu chí {v.Code} vào kế hoạch."
                : $"Đã đưa nhiệm vụ khắc phục tiêu chí {v.Code} vào {v.PlanTitle}.");
            return;
        }

        error = done.Error!.Message;
        await LoadAsync();
    }
}
