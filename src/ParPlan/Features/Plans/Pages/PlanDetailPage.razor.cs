using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Core.Text;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Plans.Pages;

public sealed partial class PlanDetailPage
{
    private PlanDetail? plan;
    private IReadOnlyList<PlanRevisionDto> revisions = [];
    private IReadOnlyDictionary<Guid, string> unitNames = new Dictionary<Guid, string>();
    private bool canWrite;
    private Func<IEnumerable<Guid>, bool> canOpen = _ => false;
    private bool canEditTasks;
    private PlanTaskDto? editing;
    private string? conflictText;
    private string? error;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private PlanQueries Queries { get; set; } = default!;

    [Inject] private PlanCommands Commands { get; set; } = default!;

    [Inject] private PlanAccess Access { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    /// <summary>The task whose edit form is open (a row's "Sửa" link).</summary>
    [SupplyParameterFromQuery(Name = "sua")] private Guid? EditTaskId { get; set; }

    [SupplyParameterFromForm(FormName = "task")] private TaskForm? TaskEdit { get; set; }

    [SupplyParameterFromForm(FormName = "close")] private VersionForm? Close { get; set; }

    [SupplyParameterFromForm(FormName = "meta")] private MetaForm? Meta { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var editPosted = TaskEdit is not null;
        TaskEdit ??= new();
        Close ??= new();
        var posted = Meta is not null;
        Meta ??= new();
        await LoadAsync();
        if (plan is null)
        {
            // Unknown, or outside the user's scope: the same 404 for both.
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        if (!editPosted && editing is { } e)
        {
            TaskEdit = new TaskForm { TaskId = e.Id, Version = e.Version, Title = e.Title, Schedule = ScheduleTextOf(e), Outputs = string.Join("; ", e.Outputs) };
        }

        if (!posted && plan is not null)
        {
            Meta = new MetaForm
            {
                Title = plan.Title, Number = plan.Number, IssuedOn = DateText.Format(plan.IssuedOn), Signer = plan.Signer,
                PeriodFrom = DateText.Format(plan.PeriodFrom), PeriodTo = DateText.Format(plan.PeriodTo), Parent = plan.ParentPlanReference,
            };
        }
    }

    private async Task LoadAsync()
    {
        plan = null;
        if (await Access.DenyAsync(HttpContext.User, Id, write: false) is not null)
        {
            return;
        }

        plan = await Queries.DetailAsync(Id);
        if (plan is null)
        {
            return;
        }

        canWrite = await Access.CanWriteAsync(HttpContext.User, plan.GovernmentId);
        canOpen = await Access.TaskOpenerAsync(HttpContext.User, plan.GovernmentId);
        canEditTasks = canWrite && plan.Status != "closed";
        editing = plan.Tasks.FirstOrDefault(t => t.Id == (TaskEdit?.TaskId ?? EditTaskId));
        revisions = await Queries.RevisionsAsync(Id);
        unitNames = await Queries.UnitNamesAsync(plan.Tasks.SelectMany(t => t.LeadUnitIds.Concat(t.SupportUnitIds)));
    }

    private Task CloseAsync() => WriteAsync(() => Commands.CloseAsync(Id, Close!.Version), "Đã kết thúc kế hoạch.");

    private Task EditMetaAsync() => WriteAsync(() => Commands.UpdateMetadataAsync(Id, new PlanMetadataEdit(Meta!.Title, Meta.Number, DateText.Parse(Meta.IssuedOn),
        Meta.Signer, DateText.Parse(Meta.PeriodFrom), DateText.Parse(Meta.PeriodTo), Meta.Parent), Meta.Version, Meta.Reason), "Đã lưu thông tin kế hoạch.");

    /// <summary>Saves the open task form; the version it was opened at travels hidden, so a stale save shows who
    /// changed what and the current values, and saving again applies the user's text over them.</summary>
    private async Task EditTaskAsync()
    {
        var form = TaskEdit!;
        if (editing is not { } current)
        {
            error = "Không tìm thấy nhiệm vụ cần sửa trong kế hoạch này.";
            return;
        }

        var edit = new TaskEdit(string.IsNullOrWhiteSpace(form.Title) ? current.Title : form.Title, current.Area,
            form.Outputs ?? string.Join("; ", current.Outputs), form.Schedule ?? ScheduleTextOf(current), current.Funding);
        await WriteAsync(() => Commands.UpdateTaskAsync(current.Id, edit, form.Version ?? current.Version, form.Reason), $"Đã lưu nhiệm vụ {current.Ref}.",
            $"#t-{current.Ref}");
        if (error is not null && editing is { } now && now.Version != form.Version)
        {
            conflictText = $"{error} Bản hiện tại: nội dung «{now.Title}», thời gian «{ScheduleTextOf(now)}», sản phẩm «{string.Join("; ", now.Outputs)}». "
                           + "Ô dưới đây vẫn giữ nội dung bạn nhập; bấm «Lưu nhiệm vụ» để ghi đè lên bản hiện tại.";
            error = null;
        }
    }

    private async Task WriteAsync(Func<Task<Result<long>>> action, string success, string fragment = "")
    {
        if (await Access.DenyAsync(HttpContext.User, Id, write: true) is not null)
        {
            error = "Bạn không có quyền thay đổi kế hoạch này.";
            await LoadAsync();
            return;
        }

        var result = await action();
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, $"/ke-hoach/{Id}{fragment}", success);
            return;
        }

        error = result.Error!.Message;
        await LoadAsync();
    }

    private string Units(IReadOnlyList<Guid> ids, IReadOnlyList<string> texts) =>
        ids.Count == 0 ? (texts.Count == 0 ? "" : string.Join("; ", texts) + " (chưa gán đơn vị)")
            : string.Join("; ", ids.Select(id => unitNames.TryGetValue(id, out var n) ? n : "?"));

    private static string Count(int n) => NumberText.Count(n);

    private static string? ScheduleTextOf(PlanTaskDto task) =>
        task.Schedule.ValueKind == System.Text.Json.JsonValueKind.Object && task.Schedule.TryGetProperty("text", out var text) ? text.GetString() : null;

    private static string ScheduleText(PlanTaskDto task)
    {
        var schedule = Core.Plans.PlanJson.Options is var o ? System.Text.Json.JsonSerializer.Deserialize<Core.Schedules.Schedule>(task.Schedule, o) : null;
        return schedule is null ? "" : $"{schedule.Text} — {Core.Plans.ScheduleDescriber.Describe(schedule)}";
    }

    public sealed class TaskForm
    {
        public Guid? TaskId { get; set; }

        public long? Version { get; set; }

        public string? Title { get; set; }

        public string? Schedule { get; set; }

        public string? Outputs { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class MetaForm
    {
        public string? Title { get; set; }

        public string? Number { get; set; }

        public string? IssuedOn { get; set; }

        public string? Signer { get; set; }

        public string? PeriodFrom { get; set; }

        public string? PeriodTo { get; set; }

        public string? Parent { get; set; }

        public string? Reason { get; set; }

        public long? Version { get; set; }
    }

    public sealed class VersionForm
    {
        public long? Version { get; set; }
    }
}
