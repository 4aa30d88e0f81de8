using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports.Pages;

/// <summary>The report page's typed-in annex rows: a form while the report is editable (version-checked like a
/// section), a table afterwards.</summary>
public sealed partial class ReportAnnexPanel
{
    private string? error;

    [Parameter, EditorRequired] public ReportView Report { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private ReportCommands Commands { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "annex")] private AnnexFormModel? Annex { get; set; }

    private bool posted;

    private IReadOnlyList<TypedAnnexRow> Sums => Report.Consolidated?.Typed ?? [];

    protected override void OnInitialized()
    {
        posted = Annex is not null;
        Annex ??= new();
    }

    private string SumOf(string code) => Sums.FirstOrDefault(s => s.Code == code) is { Value: { } v } ? ReportText.Number(v, 2) : "";

    /// <summary>After a failed save the values the user typed, otherwise the stored ones; a computed row's input stays
    /// empty (its value is shown beside it), so saving the form keeps it computed.</summary>
    private string Posted(TypedAnnexRow row) =>
        posted && Annex!.Rows.FirstOrDefault(r => r.Code == row.Code) is { } typed ? typed.Value ?? ""
            : row.Computed ? "" : AnnexFormRow.Show(row.Value);

    private string PostedNote(TypedAnnexRow row) =>
        posted && Annex!.Rows.FirstOrDefault(r => r.Code == row.Code) is { } typed ? typed.Note ?? "" : row.Computed ? "" : row.Note ?? "";

    private async Task SaveAsync()
    {
        var rows = new List<AnnexValueInput>();
        foreach (var row in Annex!.Rows)
        {
            if (!row.TryRead(out var value))
            {
                var label = Report.Annex.FirstOrDefault(r => r.Code == row.Code)?.Label ?? row.Code;
                error = $"Số liệu “{row.Value}” của dòng “{label}” không phải là số. Nhập số, dùng dấu phẩy cho phần thập phân (ví dụ 12,5).";
                HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            rows.Add(new AnnexValueInput(row.Code, value, row.Note));
        }

        var result = await Commands.EditAnnexAsync(HttpContext.User, Report.Id, new AnnexEditRequest(rows, Annex.Version));
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, ReportPage.Path(Report.Id) + "#annex-form", "Đã lưu số liệu phụ lục.");
            return;
        }

        error = result.Error!.Message;
        HttpContext.Response.StatusCode = Infrastructure.Problems.StatusOf(result.Error);
    }
}
