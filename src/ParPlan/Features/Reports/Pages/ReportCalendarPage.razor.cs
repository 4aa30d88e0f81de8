using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Reports.Pages;

/// <summary>"Lịch báo cáo": what a government and its units owe in a year, period by period, with due dates, status,
/// overdue marks and who has and has not submitted, for every regime in force and the ad hoc reports; a report is
/// started from its row (prefilled).</summary>
public sealed partial class ReportCalendarPage
{
    public const string Path = "/bao-cao";

    private IReadOnlyList<ReportCalendarItem> items = [];
    private IReadOnlyList<GovernmentChoice> governments = [];
    private Guid? chosen;
    private string? error;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private ReportQueries Queries { get; set; } = default!;

    [Inject] private ReportCommands Commands { get; set; } = default!;

    [Inject] private Regimes.RegimeQueries Regimes { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "cq")] private Guid? GovernmentId { get; set; }

    [SupplyParameterFromQuery(Name = "nam")] private int? YearParameter { get; set; }

    [SupplyParameterFromQuery(Name = "lap")] private Guid? StartUnit { get; set; }

    [SupplyParameterFromQuery(Name = "ky")] private string? StartPeriod { get; set; }

    [SupplyParameterFromQuery(Name = "cd")] private string? StartRegime { get; set; }

    [SupplyParameterFromForm(FormName = "start")] private StartFormModel? Start { get; set; }

    private int Year { get; set; }

    private string? GovernmentName => governments.FirstOrDefault(g => g.Id == chosen)?.Name;

    private string Here => $"{Path}?nam={Year}" + (chosen is { } g ? $"&cq={g}" : "");

    private string StartLink(ReportCalendarItem item) => $"{Here}&lap={item.UnitId}&ky={Uri.EscapeDataString(item.Period)}&cd={Uri.EscapeDataString(item.Regime)}#calendar-start";

    protected override async Task OnInitializedAsync()
    {
        Start ??= new();
        var page = await Regimes.PageAsync(HttpContext.User, GovernmentId);
        Year = YearParameter is >= 2000 and <= 2100 ? YearParameter.Value : VietnamTime.Today(Time).Year;
        governments = page?.Governments ?? [];
        chosen = GovernmentId is { } requested && governments.Any(g => g.Id == requested) ? requested : page?.GovernmentId;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var result = await Queries.CalendarAsync(HttpContext.User, chosen, Year);
        items = result.IsSuccess ? result.Value! : [];
        error = result.IsSuccess ? null : result.Error!.Message;
    }

    private async Task StartAsync()
    {
        var result = await Commands.StartAsync(HttpContext.User, new StartReportRequest(Start!.UnitId, Start.Period, Start.Regime));
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, ReportPage.Path(result.Value!.Id), "Đã lập báo cáo; số liệu đã được điền sẵn, hãy sửa từng mục rồi gửi.");
            return;
        }

        if (result.Error!.Current is ReportStarted existing)
        {
            Flash.Redirect(HttpContext, Nav, ReportPage.Path(existing.Id), "Báo cáo này đã được lập trước đó.");
            return;
        }

        error = result.Error.Message;
        HttpContext.Response.StatusCode = Infrastructure.Problems.StatusOf(result.Error);
        await LoadAsync();
    }
}
