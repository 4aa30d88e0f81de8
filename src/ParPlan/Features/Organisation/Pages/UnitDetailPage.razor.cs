using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Data;

namespace ParPlan.Features.Organisation.Pages;

public sealed partial class UnitDetailPage
{
    private DateOnly asOf;
    private UnitDetail? detail;
    private IReadOnlyList<DatedLink> candidates = [];
    private OrgPageAccess access = new(false, Guid.Empty);
    private string? error;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private OrgPageQueries Pages { get; set; } = default!;

    [Inject] private OrgQueries Queries { get; set; } = default!;

    [Inject] private OrgCommands Commands { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "ngay")] private string? Ngay { get; set; }

    [SupplyParameterFromForm(FormName = "rename")] private RenameForm? Rename { get; set; }

    [SupplyParameterFromForm(FormName = "merge")] private MergeForm? Merge { get; set; }

    [SupplyParameterFromForm(FormName = "reparent")] private MoveForm? Move { get; set; }

    [SupplyParameterFromForm(FormName = "abolish")] private AbolishForm? Abolish { get; set; }

    [SupplyParameterFromForm(FormName = "standing")] private StandingForm? Standing { get; set; }

    [SupplyParameterFromForm(FormName = "alias")] private AliasForm? Alias { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Rename ??= new();
        Merge ??= new();
        Move ??= new();
        Abolish ??= new();
        Standing ??= new();
        Alias ??= new();
        asOf = DateText.Parse(Ngay) ?? VietnamTime.Today(Time);
        access = await Pages.AccessAsync(HttpContext.User, asOf);
        detail = await Pages.VisibleDetailAsync(HttpContext.User, Id, asOf);
        if (detail is null)
        {
            // Unknown, or outside the user's government: the same 404 for both.
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        if (access.CanEdit)
        {
            candidates = (await Queries.AllUnitsAsync()).Where(u => u.UnitId != Id && (u.ValidTo is null || u.ValidTo >= asOf)).ToList();
        }
    }

    private Task RenameAsync() => Run(() => Commands.RenameAsync(new RenameUnitRequest(Id, Rename!.NewName ?? "", Date(Rename.EffectiveOn), Rename.Reference)), "Đã đổi tên.");

    private Task MergeAsync() => Run(() => Commands.MergeAsync(new MergeUnitsRequest(Merge!.PredecessorIds, Id, Date(Merge.EffectiveOn), Merge.Reference)), "Đã sáp nhập.");

    private Task ReparentAsync() => Move!.NewParentId is { } parent
        ? Run(() => Commands.ReparentAsync(new ReparentUnitRequest(Id, parent, Date(Move.EffectiveOn))), "Đã chuyển trực thuộc.")
        : Fail("Chọn đơn vị cấp trên mới.");

    private Task AbolishAsync() => Run(() => Commands.AbolishAsync(new AbolishUnitRequest(Id, Date(Abolish!.EffectiveOn), Abolish.Reference, Abolish.SuccessorId)), "Đã ghi nhận giải thể.");

    private Task DesignateAsync() => Standing!.AgencyId is { } agency
        ? Run(() => Commands.DesignateStandingAgencyAsync(new DesignateStandingAgencyRequest(Id, agency, Date(Standing.ValidFrom), Standing.Basis)), "Đã chỉ định cơ quan thường trực.")
        : Fail("Chọn cơ quan.");

    private Task AddAliasAsync() => Run(() => Commands.AddAliasAsync(Id, Alias!.Text ?? ""), "Đã thêm tên gọi khác.");

    private static DateOnly Date(string? text) => DateText.Parse(text) ?? throw new FormatException();

    private async Task Run(Func<Task<Result<Guid>>> action, string done)
    {
        if (!access.CanEdit)
        {
            await Fail("Chỉ quản trị hệ thống được thay đổi cơ cấu tổ chức.");
            return;
        }

        Result<Guid> result;
        try
        {
            result = await action();
        }
        catch (FormatException)
        {
            await Fail("Ngày phải có dạng dd/MM/yyyy.");
            return;
        }

        if (!result.IsSuccess)
        {
            await Fail(result.Error!.Message);
            return;
        }

        Flash.Redirect(HttpContext, Nav, $"/to-chuc/{Id}?ngay={DateText.Format(asOf)}", done);
    }

    private Task Fail(string message)
    {
        error = message;
        return Task.CompletedTask;
    }

    public sealed class RenameForm
    {
        public string? NewName { get; set; }

        public string? EffectiveOn { get; set; }

        public string? Reference { get; set; }
    }

    public sealed class MergeForm
    {
        public Guid[] PredecessorIds { get; set; } = [];

        public string? EffectiveOn { get; set; }

        public string? Reference { get; set; }
    }

    public sealed class MoveForm
    {
        public Guid? NewParentId { get; set; }

        public string? EffectiveOn { get; set; }
    }

    public sealed class AbolishForm
    {
        public string? EffectiveOn { get; set; }

        public Guid? SuccessorId { get; set; }

        public string? Reference { get; set; }
    }

    public sealed class AliasForm
    {
        public string? Text { get; set; }
    }

    public sealed class StandingForm
    {
        public Guid? AgencyId { get; set; }

        public string? ValidFrom { get; set; }

        public string? Basis { get; set; }
    }
}
