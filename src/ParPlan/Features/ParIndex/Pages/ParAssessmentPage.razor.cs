using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Core.ParIndex;

namespace ParPlan.Features.ParIndex.Pages;

public sealed partial class ParAssessmentPage
{
    private ParAssessmentView? view;
    private IReadOnlyList<CriterionNode> fields = [];
    private CriterionNode? field;
    private ParItemView? selected;
    private List<ParItemView> missing = [];
    private readonly Dictionary<string, bool> scoreByArea = new(StringComparer.Ordinal);
    private bool canCompile;
    private bool canAppraiseNow;
    private bool example;
    private string setName = "";
    private string? error;
    private Dictionary<string, ParRemediationView> remediation = new(StringComparer.Ordinal);

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private ParAssessmentQueries Queries { get; set; } = default!;

    [Inject] private ParSetCommands Sets { get; set; } = default!;

    [Inject] private ParSelfAssessment Self { get; set; } = default!;

    [Inject] private ParAccess Access { get; set; } = default!;

    [Inject] private ParRemediationQueries Remediation { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "linhvuc")] private string? FieldCode { get; set; }

    [SupplyParameterFromQuery(Name = "tc")] private string? ItemCode { get; set; }

    [SupplyParameterFromForm(FormName = "submit")] private StepForm? Step { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Step ??= new();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var user = HttpContext.User;
        var ct = HttpContext.RequestAborted;
        var result = await Queries.GetAsync(user, Id, ct);
        if (!result.IsSuccess)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        view = result.Value!;
        if (await Sets.FindAsync(user, view.CriteriaSetId, ct) is { } set)
        {
            fields = set.Set.Fields;
            example = set.Set.Example;
            setName = $"{set.Stored.Name} (phiên bản {set.Stored.SetVersion})";
        }

        field = fields.FirstOrDefault(f => f.Code == FieldCode) ?? (fields.Count > 0 ? fields[0] : null);
        selected = view.Items.FirstOrDefault(i => i.Code == ItemCode);
        missing = view.Items.Where(i => i.Applicable && i.SelfScore is null).ToList();
        canCompile = await Access.CompileAsync(user, view.UnitId, ct) is null;
        canAppraiseNow = view.Status is ParStatuses.Submitted or ParStatuses.Appraising && await Access.AppraiseAsync(user, view.UnitId, ct) is null;
        if (view.Status == ParStatuses.Finalized && await Remediation.ListAsync(user, Id, ct) is { IsSuccess: true } proposals)
        {
            remediation = proposals.Value!.ToDictionary(p => p.Code, StringComparer.Ordinal);
        }

        foreach (var area in view.Items.Select(i => i.OwnerArea ?? "").Distinct())
        {
            scoreByArea[area] = await Access.ScoreAsync(user, view.UnitId, "", area.Length == 0 ? null : area, ct) is null;
        }
    }

    private bool CanScore(ParItemView item) => scoreByArea.GetValueOrDefault(item.OwnerArea ?? "");

    private bool CanScoreNow(ParItemView item) => view is { Status: ParStatuses.Open, Locked: false } && CanScore(item);

    private bool CanReplyNow(ParItemView item) => view is { Status: ParStatuses.Appraising, Round: 2 } && CanScore(item);

    private async Task SubmitAsync()
    {
        var submitted = await Self.SubmitAsync(HttpContext.User, Id, new VersionRequest(Step!.Version), HttpContext.RequestAborted);
        if (submitted.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, $"/chi-so-cchc/danh-gia/{Id}", "Đã gửi bản tự đánh giá để thẩm định.");
            return;
        }

        error = submitted.Error!.Message;
        await LoadAsync();
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    public sealed class StepForm
    {
        public long Version { get; set; }
    }
}
