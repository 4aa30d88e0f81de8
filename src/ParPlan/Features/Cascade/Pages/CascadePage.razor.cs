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
    private IReadOnlyList<WaiverRow> waivers = [];
    private IReadOnlyList<int>? matrixRows;
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

    [SupplyParameterFromForm(FormName = "waive")] private WaiveForm? Waive { get; set; }

    /// <summary>The parent task and government a ✗ cell of the matrix proposes to waive.</summary>
    [SupplyParameterFromQuery(Name = "nv")] private Guid? WaiveTask { get; set; }

    [SupplyParameterFromQuery(Name = "dp")] private Guid? WaiveGovernment { get; set; }

    public static string PathOf(Guid id) => $"/ke-hoach/{id}/phan-cap";

    protected override async Task OnInitializedAsync()
    {
        var posted = Form is not null;
        Form ??= new();
        Waive ??= new() { TaskId = WaiveTask, GovernmentId = WaiveGovernment };
        var loaded = await Queries.CoverageAsync(Id);
        (Error? denied, Guid? only) = loaded is null ? (PlanAccess.NotFound(), null) : await Access.ReadAsync(HttpContext.User, Id, loaded.Plan.GovernmentId);
        if (denied is not null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        view = loaded;
        coverage = only is null ? loaded : null;
        rows = (await Queries.ObligationsAsync(loaded!)).Where(r => only is null || r.GovernmentId == only).ToList();
        canWrite = only is null && await Access.WriteAsync(HttpContext.User, Id) is null;
        proposedDue = CascadeQueries.ProposedDueOn(loaded!.Plan);
        waivers = coverage is null ? [] : await Queries.WaiversAsync(Id);
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

    private async Task WaiveAsync()
    {
        if (!canWrite)
        {
            error = "Bạn chỉ có quyền xem kế hoạch này, không được ghi nhận nhiệm vụ không áp dụng.";
            return;
        }

        if (Waive!.TaskId is not { } task || Waive.GovernmentId is not { } government)
        {
            error = "Chọn nhiệm vụ và địa phương không áp dụng.";
            return;
        }

        var result = await Commands.WaiveAsync(Id, task, government, Waive.Reason);
        if (result.IsSuccess)
        {
            var line = view!.Plan.Tasks.FirstOrDefault(t => t.Id == task)?.Ref;
            var name = view.Plan.LowerGovernments.FirstOrDefault(g => g.Id == government).Name;
            Flash.Redirect(HttpContext, Nav, PathOf(Id), $"Đã ghi nhận nhiệm vụ {line} không áp dụng cho {name}.");
            return;
        }

        error = result.Error!.Message;
    }

    private async Task UnwaiveAsync(WaiverRow waiver)
    {
        if (!canWrite)
        {
            error = "Bạn chỉ có quyền xem kế hoạch này, không được bỏ ghi nhận.";
            return;
        }

        var result = await Commands.UnwaiveAsync(Id, waiver.ParentTaskId, waiver.GovernmentId);
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, PathOf(Id), $"Đã bỏ ghi nhận: nhiệm vụ {waiver.TaskRef} lại áp dụng cho {waiver.GovernmentName}.");
            return;
        }

        error = result.Error!.Message;
    }

    /// <summary>The matrix's rows: the tasks that concern a government below (given to it, or carried out by a linked task).</summary>
    private IReadOnlyList<int> MatrixRows => matrixRows ??= Enumerable.Range(0, coverage!.Plan.Tasks.Count)
        .Where(t => coverage.Plan.Tasks[t].Governments.Count > 0 || coverage.Matrix.ForTask(t).Covered > 0).ToList();

    private string WaiveLink(Guid task, Guid government) => $"{PathOf(Id)}?nv={task}&dp={government}#waiver";

    private static string UnwaiveFormName(WaiverRow w) => $"unwaive-{w.ParentTaskId:N}-{w.GovernmentId:N}";

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

    /// <summary>The waiver form: the parent task, the lower government and why the task does not apply to it.</summary>
    public sealed class WaiveForm
    {
        public Guid? TaskId { get; set; }

        public Guid? GovernmentId { get; set; }

        public string? Reason { get; set; }
    }

    /// <summary>The cascade form: the governments ticked and the due date.</summary>
    public sealed class CascadeForm
    {
        public Dictionary<Guid, bool> Picked { get; set; } = [];

        public string? DueOn { get; set; }
    }
}
