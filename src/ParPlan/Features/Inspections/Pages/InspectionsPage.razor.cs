using System.Globalization;
using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;

namespace ParPlan.Features.Inspections.Pages;

/// <summary>The inspection plans in the user's scope with their coverage and open findings; a standing officer lays down
/// a new one for their government (the target proposed from the government's plan).</summary>
public sealed partial class InspectionsPage
{
    private IReadOnlyList<InspectionListItem> items = [];
    private (Guid Id, string Name)? government;
    private (decimal Value, string Source)? proposed;
    private string? error;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private InspectionQueries Queries { get; set; } = default!;

    [Inject] private InspectionCommands Commands { get; set; } = default!;

    [Inject] private InspectionAccess Access { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "create-inspection")] private CreateForm? Form { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var year = Access.Today.Year;
        Form ??= new CreateForm { Year = year.ToString(CultureInfo.InvariantCulture), Kind = "planned" };
        items = await Queries.ListAsync(await Access.ReadableGovernmentsAsync(HttpContext.User));
        if (await Access.OwnGovernmentAsync(HttpContext.User) is { } own && await Access.CanWriteAsync(HttpContext.User, own))
        {
            government = (own, await Queries.GovernmentNameAsync(own) ?? "");
            proposed = await Queries.ProposedTargetAsync(own, year);
        }
    }

    private async Task CreateAsync()
    {
        if (government is not { } g)
        {
            error = "Bạn không có quyền lập kế hoạch kiểm tra.";
            return;
        }

        decimal? target = null;
        if (!string.IsNullOrWhiteSpace(Form!.Target))
        {
            if (!decimal.TryParse(Form.Target.Replace('%', ' ').Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var t))
            {
                error = "Chỉ tiêu tỷ lệ kiểm tra phải là một số từ 0 đến 100, ví dụ 20.";
                return;
            }

            target = t;
        }

        if (!int.TryParse(Form.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            error = "Nhập năm kiểm tra bằng số, ví dụ 2026.";
            return;
        }

        var result = await Commands.CreateAsync(new CreateInspectionRequest(g.Id, year, Form.Title, target, Form.Kind));
        if (result.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, InspectionPage.PathOf(result.Value), "Đã lập kế hoạch kiểm tra.");
            return;
        }

        error = result.Error!.Message;
    }

    /// <summary>The new inspection plan's form.</summary>
    public sealed class CreateForm
    {
        public string? Title { get; set; }

        public string? Year { get; set; }

        public string? Kind { get; set; }

        public string? Target { get; set; }
    }
}
