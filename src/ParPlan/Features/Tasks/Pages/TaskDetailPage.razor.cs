using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Features.Organisation;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Tasks.Pages;

public sealed partial class TaskDetailPage
{
    private TaskDetail? detail;
    private string? error;
    private TaskState? conflict;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private TaskQueries Queries { get; set; } = default!;

    [Inject] private TaskReportCommands Commands { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "progress")] private ProgressForm? Progress { get; set; }

    protected override async Task OnInitializedAsync()
    {
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

    private async Task SaveAsync()
    {
        var file = HttpContext.Request.HasFormContentType ? HttpContext.Request.Form.Files["file"] : null;
        var upload = TaskReportCommands.EvidenceOf(Progress!.Title, Progress.DocumentNumber, Progress.DocumentDate, Progress.Link,
            file is { Length: > 0 } ? file : null);
        var current = detail is null ? null : new TaskState(detail.Id, detail.Status, detail.Percent, detail.Version, null, null, null);
        var result = await Commands.ReportAsync(HttpContext.User, Id,
            new ProgressRequest(Progress.Status, Progress.Percent, Progress.Note, Progress.Version), upload, current, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, $"/nhiem-vu/{Id}", result.Value switch
            {
                TaskReportOutcome.Evidence => "Đã thêm minh chứng.",
                TaskReportOutcome.ProgressAndEvidence => "Đã ghi nhận tiến độ và minh chứng.",
                _ => "Đã ghi nhận tiến độ.",
            });
            return;
        }

        error = result.Error!.Message;
        conflict = result.Error.Current as TaskState;
        detail = await Queries.DetailAsync(HttpContext.User, Id, HttpContext.RequestAborted);
    }

    public sealed class ProgressForm
    {
        public string? Status { get; set; }

        public int? Percent { get; set; }

        public string? Note { get; set; }

        public long? Version { get; set; }

        public string? Title { get; set; }

        public string? DocumentNumber { get; set; }

        public string? DocumentDate { get; set; }

        public string? Link { get; set; }
    }
}
