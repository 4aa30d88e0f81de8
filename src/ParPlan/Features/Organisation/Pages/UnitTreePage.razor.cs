using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Organisation.Pages;

public sealed partial class UnitTreePage
{
    private DateOnly asOf;
    private IReadOnlyList<UnitNode> nodes = [];
    private int minDepth;
    private IReadOnlyDictionary<Guid, UnitEventView> latest = new Dictionary<Guid, UnitEventView>();
    private IReadOnlyList<DatedLink> ended = [];
    private OrgPageAccess access = new(false, Guid.Empty);
    private bool canReadOrganisation;
    private string? error;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private OrgPageQueries Pages { get; set; } = default!;

    [Inject] private OrgQueries Queries { get; set; } = default!;

    [Inject] private OrgCommands Commands { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "ngay")] private string? Ngay { get; set; }

    [SupplyParameterFromForm(FormName = "create-unit")] private CreateUnitForm? Create { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Create ??= new();
        asOf = DateText.Parse(Ngay) ?? VietnamTime.Today(Time);
        if (Ngay is { Length: > 0 } && DateText.Parse(Ngay) is null)
        {
            error = "Ngày phải có dạng dd/MM/yyyy (ví dụ 01/07/2025); đang hiển thị ngày hôm nay.";
        }

        var user = HttpContext.User;
        access = await Pages.AccessAsync(user, asOf);
        canReadOrganisation = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.StandingOfficer);
        nodes = await Pages.VisibleTreeAsync(user, asOf);
        minDepth = nodes.Count == 0 ? 0 : nodes.Min(n => n.Depth);
        latest = await Queries.LatestEventsAsync(asOf);
        if (access.CanEdit)
        {
            ended = await Queries.EndedBeforeAsync(asOf);
        }
    }

    private async Task CreateAsync()
    {
        if (!access.CanEdit)
        {
            error = "Chỉ quản trị hệ thống được thêm đơn vị.";
            return;
        }

        var from = DateText.Parse(Create!.ValidFrom);
        if (Create.ValidFrom is { Length: > 0 } && from is null)
        {
            error = "Ngày hiệu lực phải có dạng dd/MM/yyyy (ví dụ 01/07/2025).";
            return;
        }

        var aliases = (Create.Aliases ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await Commands.CreateUnitAsync(new CreateUnitRequest(Create.Code ?? "", Create.Name ?? "", Create.Kind, Create.Level, Create.ParentId, from, aliases));
        if (!result.IsSuccess)
        {
            error = result.Error!.Message;
            return;
        }

        Flash.Redirect(HttpContext, Nav, $"/to-chuc/{result.Value}", "Đã thêm đơn vị.");
    }

    public sealed class CreateUnitForm
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public UnitKind Kind { get; set; } = UnitKind.Department;

        public UnitLevel Level { get; set; } = UnitLevel.Agency;

        public Guid? ParentId { get; set; }

        public string? ValidFrom { get; set; }

        public string? Aliases { get; set; }
    }
}
