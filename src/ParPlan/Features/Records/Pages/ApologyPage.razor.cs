using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;

namespace ParPlan.Features.Records.Pages;

public sealed partial class ApologyPage
{
    private LateDossierDetail? detail;
    private string? error;

    [Parameter] public long Id { get; set; }

    [SupplyParameterFromQuery(Name = "ky")] public string? PeriodCode { get; set; }

    [SupplyParameterFromQuery(Name = "dv")] public Guid? GovernmentId { get; set; }

    [SupplyParameterFromQuery(Name = "donvi")] public Guid? ListUnitId { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private LateDossierQueries Queries { get; set; } = default!;

    [Inject] private LateDossierCommands Commands { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "apology")] private ApologyForm? Form { get; set; }

    /// <summary>The list the dossier was opened from (government, period and unit, each only when well formed), else the
    /// list of the dossier's unit for the period.</summary>
    private string BackLink
    {
        get
        {
            if (!Core.Indicators.ReportingPeriod.TryParse(PeriodCode, out var p)) return LateDossierRoutes.List;
            var unit = ListUnitId ?? detail?.UnitId;
            return $"{LateDossierRoutes.List}?ky={p.Code}" + (GovernmentId is { } g ? $"&dv={g}" : "") + (unit is { } u ? $"&donvi={u}" : "");
        }
    }

    protected override async Task OnInitializedAsync()
    {
        detail = await Queries.DetailAsync(HttpContext.User, Id, HttpContext.RequestAborted);
        if (detail is null)
        {
            // Unknown, or outside the user's scope: the same answer for both.
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        if (Form is null && detail?.Apology is { } a)
        {
            Form = new ApologyForm
            {
                Explanation = a.Explanation, LetterNumber = a.LetterNumber, LetterDate = a.LetterDate is { } d ? DateText.Format(d) : null,
                Method = a.Method, Version = a.Version,
            };
        }

        Form ??= new();
    }

    private async Task SaveAsync()
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(Form!.LetterDate))
        {
            date = DateText.ParseStrict(Form.LetterDate);
            if (date is null)
            {
                error = $"Ngày thư «{Form.LetterDate}» không đúng dạng ngày/tháng/năm, ví dụ 15/03/2025.";
                return;
            }
        }

        var result = await Commands.RecordAsync(HttpContext.User, Id,
            new ApologyRequest(Form.Explanation, Form.LetterNumber, date, string.IsNullOrEmpty(Form.Method) ? null : Form.Method, Form.Version),
            HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, BackLink, result.Value!.Complete
                ? $"Đã lưu giải trình và thư xin lỗi của hồ sơ {detail?.Code}."
                : $"Đã lưu. Hồ sơ {detail?.Code} vẫn còn thiếu {(new Core.Records.ApologyInput(result.Value.Explanation, null, null, null).HasExplanation ? "thư xin lỗi" : "giải trình")}.");
            return;
        }

        error = result.Error!.Message;
        detail = await Queries.DetailAsync(HttpContext.User, Id, HttpContext.RequestAborted);
    }

    public sealed class ApologyForm
    {
        public string? Explanation { get; set; }

        public string? LetterNumber { get; set; }

        public string? LetterDate { get; set; }

        public string? Method { get; set; }

        public long? Version { get; set; }
    }
}
