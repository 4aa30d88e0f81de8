using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;

namespace ParPlan.Features.Inspections.Pages;

/// <summary>One visit: its unit, day and topics, its findings with the state of their remediation tasks; the standing
/// officer records a finding, which becomes the inspected unit's task.</summary>
public sealed partial class VisitPage
{
    private InspectionView? view;
    private VisitRow? visit;
    private IReadOnlyList<FindingRow> findings = [];
    private bool canWrite;
    private string? error;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private InspectionQueries Queries { get; set; } = default!;

    [Inject] private InspectionCommands Commands { get; set; } = default!;

    [Inject] private InspectionAccess Access { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "finding")] private FindingForm? Form { get; set; }

    public static string PathOf(Guid id) => $"/kiem-tra/dot/{id}";

    protected override async Task OnInitializedAsync()
    {
        Form ??= new();
        var (denied, inspection) = await Access.DenyVisitAsync(HttpContext.User, Id, write: false);
        if (denied is not null || await Queries.GetAsync(inspection) is not { } loaded)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        view = loaded;
        visit = loaded.Visits.First(v => v.Id == Id);
        findings = loaded.Findings.Where(f => f.VisitId == Id).ToList();
        canWrite = await Access.DenyAsync(HttpContext.User, inspection, write: true) is null;
    }

    private async Task AddAsync()
    {
        if (!canWrite || visit is null)
        {
            error = "Bạn chỉ có quyền xem cuộc kiểm tra này, không được thay đổi.";
            return;
        }

        var due = DateText.Parse(Form!.DueOn);
        if (due is null && !string.IsNullOrWhiteSpace(Form.DueOn))
        {
            error = "Hạn khắc phục phải là ngày dạng dd/MM/yyyy, ví dụ 30/11/" + view!.Year + ".";
            return;
        }

        var result = await Commands.AddFindingAsync(Id, new FindingRequest(Form.Text, due));
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, PathOf(Id), $"Đã ghi nhận tồn tại, hạn chế và giao {visit.UnitName} khắc phục trước ngày {DateText.Format(due)}.");
            return;
        }

        error = result.Error!.Message;
    }

    /// <summary>A new finding's form.</summary>
    public sealed class FindingForm
    {
        public string? Text { get; set; }

        public string? DueOn { get; set; }
    }
}
