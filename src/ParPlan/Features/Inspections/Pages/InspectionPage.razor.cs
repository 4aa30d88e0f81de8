using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;

namespace ParPlan.Features.Inspections.Pages;

/// <summary>An inspection plan: its coverage against the target with the denominator stated, the team decision, the
/// units (denominator and selection), the visits and the findings with their remediation. Its government's standing
/// officer changes it; its readers (the government's officers and leaders, the province above) read it.</summary>
public sealed partial class InspectionPage
{
    private InspectionView? view;
    private bool canWrite;
    private string? error;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private InspectionQueries Queries { get; set; } = default!;

    [Inject] private InspectionCommands Commands { get; set; } = default!;

    [Inject] private InspectionAccess Access { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "decision")] private DecisionForm? Decision { get; set; }

    [SupplyParameterFromForm(FormName = "units")] private UnitsForm? Units { get; set; }

    [SupplyParameterFromForm(FormName = "visit")] private VisitForm? Visit { get; set; }

    public static string PathOf(Guid id) => $"/kiem-tra/{id}";

    protected override async Task OnInitializedAsync()
    {
        if (await Access.DenyAsync(HttpContext.User, Id, write: false) is not null || await Queries.GetAsync(Id) is not { } loaded)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        view = loaded;
        canWrite = await Access.DenyAsync(HttpContext.User, Id, write: true) is null;
        Decision ??= new DecisionForm { Number = loaded.DecisionNumber, Date = DateText.Format(loaded.DecisionDate) };
        Units ??= new UnitsForm { Chosen = loaded.ChosenDenominator };
        Visit ??= new VisitForm { Date = DateText.Format(Access.Today.Year == loaded.Year ? Access.Today : new DateOnly(loaded.Year, 1, 1)) };
    }

    private async Task DecisionAsync()
    {
        if (!await CheckWriteAsync()) return;
        var date = DateText.Parse(Decision!.Date);
        var result = await Commands.SetDecisionAsync(Id, new DecisionRequest(Decision.Number, date, view!.Version));
        Done(result.IsSuccess, result.Error, "Đã lưu quyết định thành lập đoàn kiểm tra.");
    }

    private async Task UnitsAsync()
    {
        if (!await CheckWriteAsync()) return;
        var selected = Units!.Selected.Where(p => p.Value).Select(p => p.Key).ToList();
        var denominator = Units.Denominator.Where(p => p.Value).Select(p => p.Key).ToList();
        var result = await Commands.SetUnitsAsync(Id, new UnitsRequest(selected, Units.Chosen, denominator, view!.Version));
        Done(result.IsSuccess, result.Error, "Đã lưu danh sách cơ quan, đơn vị.");
    }

    private async Task VisitAsync()
    {
        if (!await CheckWriteAsync()) return;
        var date = DateText.Parse(Visit!.Date);
        if (date is null)
        {
            error = "Nhập ngày kiểm tra dạng dd/MM/yyyy, ví dụ 15/09/" + view!.Year + ".";
            return;
        }

        var topics = Visit.Topics.Where(p => p.Value).Select(p => p.Key).ToList();
        var result = await Commands.AddVisitAsync(Id, new VisitRequest(Visit.UnitId, date, topics));
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, VisitPage.PathOf(result.Value), "Đã ghi nhận cuộc kiểm tra; ghi các tồn tại, hạn chế phát hiện được (nếu có).");
            return;
        }

        error = result.Error!.Message;
    }

    private async Task<bool> CheckWriteAsync()
    {
        if (view is not null && canWrite)
        {
            return true;
        }

        error = "Bạn chỉ có quyền xem kế hoạch kiểm tra này, không được thay đổi.";
        return await Task.FromResult(false);
    }

    private void Done(bool ok, Error? failure, string message)
    {
        if (ok)
        {
            Flash.Redirect(HttpContext, Nav, PathOf(Id), message);
            return;
        }

        error = failure!.Message;
    }

    /// <summary>The team decision's form.</summary>
    public sealed class DecisionForm
    {
        public string? Number { get; set; }

        public string? Date { get; set; }
    }

    /// <summary>The units form: the denominator choice, the units counted and the units selected.</summary>
    public sealed class UnitsForm
    {
        public bool Chosen { get; set; }

        public Dictionary<Guid, bool> Denominator { get; set; } = [];

        public Dictionary<Guid, bool> Selected { get; set; } = [];
    }

    /// <summary>A new visit's form.</summary>
    public sealed class VisitForm
    {
        public Guid? UnitId { get; set; }

        public string? Date { get; set; }

        public Dictionary<string, bool> Topics { get; set; } = [];
    }
}
