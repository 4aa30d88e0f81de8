using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports.Pages;

/// <summary>One report: the sections to edit with the prefilled numbers beside them, the workflow (submit; accept or
/// return with a reason; un-accept), the downloads, and for a government's report its children and consolidation
/// (who submitted when, waive with a reason). What the buttons offer follows <see cref="ReportView.Can"/>; the commands
/// decide.</summary>
public sealed partial class ReportPage
{
    private ReportView? report;
    private string? error;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private ReportQueries Queries { get; set; } = default!;

    [Inject] private ReportCommands Commands { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    /// <summary>The section whose edit form is open.</summary>
    [SupplyParameterFromQuery(Name = "muc")] private string? EditCode { get; set; }

    [SupplyParameterFromForm(FormName = "section")] private ReportFormModel? Section { get; set; }

    [SupplyParameterFromForm(FormName = "submit")] private ReportFormModel? Submit { get; set; }

    [SupplyParameterFromForm(FormName = "accept")] private ReportFormModel? Accept { get; set; }

    [SupplyParameterFromForm(FormName = "return")] private ReportFormModel? Return { get; set; }

    [SupplyParameterFromForm(FormName = "unaccept")] private ReportFormModel? Unaccept { get; set; }

    [SupplyParameterFromForm(FormName = "waive")] private ReportFormModel? Waive { get; set; }

    [SupplyParameterFromForm(FormName = "unwaive")] private ReportFormModel? Unwaive { get; set; }

    public static string Path(Guid id) => $"/bao-cao/{id}";

    private string DocumentPath(string format) => $"/api/reports/{Id}/document?format={format}";

    private string EditLink(string code) => $"{Path(Id)}?muc={Uri.EscapeDataString(code)}#muc-{code}";

    protected override async Task OnInitializedAsync()
    {
        var sectionPosted = Section is not null;
        Section ??= new();
        Submit ??= new();
        Accept ??= new();
        Return ??= new();
        Unaccept ??= new();
        Waive ??= new();
        Unwaive ??= new();
        await LoadAsync();
        if (report is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!sectionPosted && report.Sections.FirstOrDefault(s => s.Code == EditCode) is { } editing)
        {
            Section = new ReportFormModel { Code = editing.Code, Text = editing.Text, Version = report.Version };
        }
    }

    private async Task LoadAsync()
    {
        var result = await Queries.GetAsync(HttpContext.User, Id);
        report = result.IsSuccess ? result.Value : null;
    }

    private async Task SaveSectionAsync() =>
        await AfterAsync(await Commands.EditSectionAsync(HttpContext.User, Id, Section!.Code ?? "", new SectionEditRequest(Section.Text ?? "", Section.Version)),
            "Đã lưu mục báo cáo.", $"#muc-{Section.Code}");

    private async Task SubmitAsync() =>
        await AfterAsync(await Commands.SubmitAsync(HttpContext.User, Id, new ReportActionRequest(Submit!.Version)), "Đã gửi báo cáo; số liệu đã được chốt.");

    private async Task AcceptAsync() =>
        await AfterAsync(await Commands.AcceptAsync(HttpContext.User, Id, new ReportActionRequest(Accept!.Version)), "Đã tiếp nhận báo cáo.");

    private async Task ReturnAsync() =>
        await AfterAsync(await Commands.ReturnAsync(HttpContext.User, Id, new ReportActionRequest(Return!.Version, Return.Reason)), "Đã trả lại báo cáo kèm lý do.");

    private async Task UnacceptAsync() =>
        await AfterAsync(await Commands.UnacceptAsync(HttpContext.User, Id, new ReportActionRequest(Unaccept!.Version, Unaccept.Reason)), "Đã hủy tiếp nhận báo cáo.");

    private async Task WaiveAsync() =>
        await AfterAsync(await Commands.WaiveAsync(HttpContext.User, Id, new WaiveChildRequest(Waive!.ChildUnitId, Waive.Reason)), "Đã miễn báo cáo cho đơn vị.");

    private async Task UnwaiveAsync() =>
        await AfterAsync(Unwaive!.ChildUnitId is { } child
            ? await Commands.RevokeWaiverAsync(HttpContext.User, Id, child, new RevokeWaiverRequest(Unwaive.Reason, Unwaive.Version))
            : Error.Invalid("Chọn đơn vị cần bỏ miễn báo cáo."), "Đã bỏ miễn báo cáo cho đơn vị.");

    private async Task AfterAsync(Result<ReportState> result, string success, string fragment = "")
    {
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, Path(Id) + fragment, success);
            return;
        }

        error = result.Error!.Message;
        HttpContext.Response.StatusCode = Infrastructure.Problems.StatusOf(result.Error);
        await LoadAsync();
    }

    /// <summary>"I.1" → "1", "II" → "II": the number printed before a heading.</summary>
    private static string Number(string code) => code.Split('.')[^1];

    private static bool IsParent(string code) => ReportOutline.Default.SelectMany(s => s.Flatten()).Any(s => s.Code == code && s.Sections.Count > 0);

    /// <summary>The numbers a section quotes, in one line: the plan's totals for I.1, its area's figures for II.n.</summary>
    private string? AreaFigures(string code)
    {
        var section = ReportOutline.Default.SelectMany(s => s.Flatten()).FirstOrDefault(s => s.Code == code);
        if (report is null || section?.Area is not { } area)
        {
            return null;
        }

        var f = area == "direction" ? report.Figures.Tasks : report.Figures.Areas.FirstOrDefault(a => a.Area == area)?.Figures ?? TaskFigures.Zero;
        return $"{ReportText.Count(f.Total)} nhiệm vụ; hoàn thành {ReportText.Count(f.Finished)} ({ReportText.Percent(f.Finished, f.Total)}), trong đó "
               + $"{ReportText.Count(f.DoneLate)} hoàn thành quá hạn; đang thực hiện {ReportText.Count(f.InProgress)}; chưa triển khai {ReportText.Count(f.NotStarted)}; "
               + $"quá hạn {ReportText.Count(f.Overdue)}.";
    }

    internal static MudBlazor.Color StatusColor(string status) => status switch
    {
        Core.Labels.ReportStatusLabels.Accepted => MudBlazor.Color.Success,
        Core.Labels.ReportStatusLabels.Submitted => MudBlazor.Color.Info,
        Core.Labels.ReportStatusLabels.Returned => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Default,
    };
}
