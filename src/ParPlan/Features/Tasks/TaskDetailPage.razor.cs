using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Tasks;

public sealed partial class TaskDetailPage
{
    private TaskDetail? detail;
    private string? error;
    private TaskState? conflict;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private TaskQueries Queries { get; set; } = default!;

    [Inject] private TaskCommands Commands { get; set; } = default!;

    [Inject] private EvidenceCommands Evidence { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "progress")] private ProgressForm? Progress { get; set; }

    [SupplyParameterFromForm(FormName = "evidence")] private EvidenceForm? Upload { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Upload ??= new();
        detail = await Queries.DetailAsync(HttpContext.User, Id, HttpContext.RequestAborted);
        if (detail is null)
        {
            // Unknown, or outside the user's scope: the same answer for both, so its existence is not revealed.
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        if (Progress is null && detail is not null)
        {
            Progress = new ProgressForm { Status = detail.Status, Percent = detail.Percent, Version = detail.Version };
        }

        Progress ??= new();
    }

    private async Task SaveProgressAsync()
    {
        var result = await Commands.RecordProgressAsync(HttpContext.User, Id,
            new ProgressRequest(Progress!.Status, Progress.Percent, Progress.Note, Progress.Version), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, $"/nhiem-vu/{Id}", "Đã ghi nhận tiến độ.");
            return;
        }

        error = result.Error!.Message;
        conflict = result.Error.Current as TaskState;
        detail = await Queries.DetailAsync(HttpContext.User, Id, HttpContext.RequestAborted);
    }

    private async Task SaveEvidenceAsync()
    {
        var file = HttpContext.Request.HasFormContentType ? HttpContext.Request.Form.Files["file"] : null;
        var result = await Evidence.AddAsync(HttpContext.User, Id,
            new EvidenceUpload(Upload!.Title, Upload.DocumentNumber, Upload.DocumentDate, Upload.Link, file is { Length: > 0 } ? file : null),
            HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, $"/nhiem-vu/{Id}", "Đã thêm minh chứng.");
            return;
        }

        error = result.Error!.Message;
    }

    public sealed class ProgressForm
    {
        public string? Status { get; set; }

        public int? Percent { get; set; }

        public string? Note { get; set; }

        public long? Version { get; set; }
    }

    public sealed class EvidenceForm
    {
        public string? Title { get; set; }

        public string? DocumentNumber { get; set; }

        public string? DocumentDate { get; set; }

        public string? Link { get; set; }
    }
}
