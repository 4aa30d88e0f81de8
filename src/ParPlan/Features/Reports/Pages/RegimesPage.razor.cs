using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Core.Reports;
using ParPlan.Features.Reports.Regimes;

namespace ParPlan.Features.Reports.Pages;

/// <summary>"Chế độ báo cáo": the regimes as they stand for a government, with the levels of government each applies to
/// (whether this government's reports follow it), their periods, windows and due dates, and its ad hoc reports. Its standing officers (and the administrator) edit them; leaders and the upper level read them.</summary>
public sealed partial class RegimesPage
{
    public const string Path = "/bao-cao/che-do";

    private RegimesPageView? view;
    private string? error;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private RegimeQueries Queries { get; set; } = default!;

    [Inject] private RegimeCommands Commands { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "cq")] private Guid? GovernmentId { get; set; }

    [SupplyParameterFromQuery(Name = "sua")] private string? EditCode { get; set; }

    [SupplyParameterFromQuery(Name = "ky")] private string? EditPeriod { get; set; }

    [SupplyParameterFromQuery(Name = "xoa")] private Guid? RemoveId { get; set; }

    [SupplyParameterFromForm(FormName = "regime")] private RegimeFormModel? RegimeForm { get; set; }

    [SupplyParameterFromForm(FormName = "period")] private PeriodFormModel? Period { get; set; }

    [SupplyParameterFromForm(FormName = "reset")] private VersionFormModel? Reset { get; set; }

    [SupplyParameterFromForm(FormName = "adhoc")] private AdHocFormModel? AdHoc { get; set; }

    [SupplyParameterFromForm(FormName = "adhoc-remove")] private RemoveFormModel? Remove { get; set; }

    private int Year => view?.Year ?? 2026;

    private string BasePath => $"{Path}?cq={view?.GovernmentId}";

    private string EditLink(string code, string? key) =>
        $"{BasePath}&sua={Uri.EscapeDataString(code)}" + (key is null ? "#regime-edit" : $"&ky={Uri.EscapeDataString(key)}#period-edit");

    protected override async Task OnInitializedAsync()
    {
        var regimePosted = RegimeForm is not null;
        var periodPosted = Period is not null;
        RegimeForm ??= new();
        Period ??= new();
        Reset ??= new();
        AdHoc ??= new();
        Remove ??= new();
        view = await Queries.PageAsync(HttpContext.User, GovernmentId);
        if (view?.Regimes.FirstOrDefault(r => r.Regime.Code == EditCode) is not { } editing)
        {
            return;
        }

        if (!regimePosted)
        {
            var regime = editing.Regime;
            RegimeForm = new RegimeFormModel
            {
                Name = regime.Name, Basis = regime.Basis, ReceivingBody = regime.ReceivingBody, OutlineKey = regime.Outline.Default,
                AnnexKey = regime.Annex.Default, AgencyAnnexKey = regime.Annex.For(ReportUnitType.Agency),
            };
            RegimeForm.SetLevels(regime.AppliesTo);
        }

        if (!periodPosted && editing.Regime.Periods.FirstOrDefault(p => p.Key == EditPeriod) is { } period)
        {
            Period = PeriodFormModel.Of(period);
        }
    }

    private async Task SaveRegimeAsync()
    {
        if (view is null)
        {
            return;
        }

        var f = RegimeForm!;
        var result = await Commands.SaveRegimeAsync(HttpContext.User, view.GovernmentId, f.Code ?? "",
            new RegimeEdit(f.Name ?? "", f.Basis ?? "", f.ReceivingBody ?? "", f.OutlineKey ?? "", f.AnnexKey ?? "", f.AgencyAnnexKey, f.Levels()), f.Version);
        await AfterAsync(result.Error, "Đã lưu chế độ báo cáo.");
    }

    private async Task SavePeriodAsync()
    {
        if (view is null)
        {
            return;
        }

        var f = Period!;
        if (f.ToPeriod() is not { } period)
        {
            await AfterAsync(Error.Invalid(string.Join(" ", f.Problems)), "");
            return;
        }

        var result = await Commands.SavePeriodAsync(HttpContext.User, view.GovernmentId, f.Code ?? "", period, f.Version);
        await AfterAsync(result.Error, $"Đã lưu kỳ báo cáo «{period.Label(Year)}».");
    }

    private async Task ResetAsync()
    {
        if (view is null)
        {
            return;
        }

        var result = await Commands.ResetAsync(HttpContext.User, view.GovernmentId, Reset!.Code ?? "", Reset.Version);
        await AfterAsync(result.Error, "Đã khôi phục chế độ báo cáo mặc định.");
    }

    private async Task AddAdHocAsync()
    {
        if (view is null)
        {
            return;
        }

        var f = AdHoc!;
        var result = await Commands.AddAdHocAsync(HttpContext.User, view.GovernmentId,
            new AdHocInput(f.Subject, DateText.Parse(f.From), DateText.Parse(f.To), DateText.Parse(f.Due), f.ReceivingBody));
        await AfterAsync(result.Error, "Đã thêm báo cáo đột xuất.");
    }

    private async Task RemoveAdHocAsync()
    {
        var result = await Commands.RemoveAdHocAsync(HttpContext.User, Remove!.Id);
        await AfterAsync(result.Error, "Đã xóa báo cáo đột xuất.");
    }

    private async Task AfterAsync(Error? failure, string success)
    {
        if (failure is null)
        {
            Flash.Redirect(HttpContext, Nav, BasePath, success);
            return;
        }

        error = failure.Message;
        HttpContext.Response.StatusCode = Infrastructure.Problems.StatusOf(failure);
        view = await Queries.PageAsync(HttpContext.User, view?.GovernmentId);
    }
}
