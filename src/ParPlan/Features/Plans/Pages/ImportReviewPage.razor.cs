using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Core.Plans.Matching;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Core.Text;
using ParPlan.Data;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Plans.Pages;

public sealed partial class ImportReviewPage
{
    private PendingImport? pending;
    private IReadOnlyList<ResolvedName> names = [];
    private IReadOnlyList<MatchCandidate> candidates = [];
    private PlanUnitContext? units;
    private string? error;

    [Parameter] public Guid SessionId { get; set; }

    [Inject] private PlanImporter Importer { get; set; } = default!;

    [Inject] private UnitResolver Resolver { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    /// <summary>The task whose edit form is open (a row's "Sửa" link), by its reference.</summary>
    [SupplyParameterFromQuery(Name = "sua")] private string? EditRef { get; set; }

    [SupplyParameterFromForm(FormName = "ignore-rest")] private ConfirmForm? IgnoreRest { get; set; }

    [SupplyParameterFromForm(FormName = "map")] private MapForm? Map { get; set; }

    [SupplyParameterFromForm(FormName = "fix")] private FixForm? Fix { get; set; }

    [SupplyParameterFromForm(FormName = "confirm")] private ConfirmForm? Confirm { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Map ??= new();
        var fixPosted = Fix is not null;
        Fix ??= new();
        Confirm ??= new();
        IgnoreRest ??= new();
        await LoadAsync();
        if (!fixPosted && pending?.Document.Tasks.FirstOrDefault(t => t.Ref == EditRef) is { } task)
        {
            // The form opens with the cells as they are, so a long cell is corrected, not retyped.
            Fix = new FixForm
            {
                Ref = task.Ref, Title = task.Title, Outputs = string.Join("; ", task.Outputs), Lead = string.Join("; ", task.Lead),
                Support = string.Join("; ", task.Support), Schedule = task.Schedule.Text, Funding = task.Funding,
            };
        }

        if (pending is null)
        {
            // A session is its uploader's alone: another user's, like an unknown one, is 404.
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private async Task LoadAsync()
    {
        pending = await Importer.FindAsync(SessionId);
        if (pending is null)
        {
            return;
        }

        if (pending.PlanId is { } planId)
        {
            Nav.NavigateTo($"/ke-hoach/{planId}");
            return;
        }

        units = await Resolver.ForAsync(pending.GovernmentId, PlanBuilder.PlanDate(pending.Document, VietnamTime.Today(Time)));
        candidates = units.Candidates.OrderBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var list = new List<ResolvedName>();
        foreach (var text in pending.Document.Tasks.SelectMany(t => t.Lead.Concat(t.Support)).Where(t => !string.IsNullOrWhiteSpace(t))
                     .DistinctBy(UnitMatcher.Key))
        {
            pending.Choices.TryGetValue(UnitMatcher.Key(text), out var choice);
            list.Add(await units.ResolveAsync(text, choice));
        }

        names = list;
    }

    private async Task MapAsync()
    {
        if (string.IsNullOrWhiteSpace(Map!.Name))
        {
            error = "Chọn tên cần gán.";
            return;
        }

        ImportChoice? choice = Map.Target switch
        {
            "ignore" => new ImportChoice(null, true),
            { } id when Guid.TryParse(id, out var g) => new ImportChoice(g, false),
            _ => null,
        };
        var result = await Importer.ChooseAsync(SessionId, Map.Name, choice);
        await Done(result.Error, $"Đã gán «{Map.Name}».", "#unit-names");
    }

    /// <summary>Every name still unmatched is marked "not of this government" in one go (remembered like one by one).</summary>
    private async Task IgnoreRestAsync()
    {
        Error? failure = null;
        var left = names.Where(n => !n.Match.IsResolved).Select(n => n.Text).ToList();
        foreach (var name in left)
        {
            failure ??= (await Importer.ChooseAsync(SessionId, name, new ImportChoice(null, true))).Error;
        }

        await Done(failure, $"Đã bỏ qua {Count(left.Count)} tên chưa khớp.", "#unit-names");
    }

    private async Task FixAsync()
    {
        var form = Fix!;
        if (string.IsNullOrWhiteSpace(form.Ref))
        {
            error = "Chọn nhiệm vụ cần sửa (bấm «Sửa» ở dòng của nó).";
            return;
        }

        var result = await Importer.SaveDocumentAsync(SessionId, doc => doc with
        {
            Tasks = doc.Tasks.Select(t => t.Ref == form.Ref ? Apply(doc, t, form) : t).ToList(),
        });
        await Done(result.Error, $"Đã sửa nhiệm vụ {form.Ref}.", $"#t-{form.Ref}");
    }

    /// <summary>The task with the form's cells; a cell left as it was stays as it was (the schedule is re-read only when changed).</summary>
    private static Core.Plans.PlanTask Apply(PlanDocument doc, Core.Plans.PlanTask task, FixForm form)
    {
        static IReadOnlyList<string> List(string? value) => (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var schedule = (form.Schedule ?? "").Trim();
        return task with
        {
            Title = string.IsNullOrWhiteSpace(form.Title) ? task.Title : form.Title.Trim(),
            Outputs = form.Outputs is null ? task.Outputs : List(form.Outputs),
            Lead = form.Lead is null ? task.Lead : List(form.Lead),
            Support = form.Support is null ? task.Support : List(form.Support),
            Funding = string.IsNullOrWhiteSpace(form.Funding) ? null : form.Funding.Trim(),
            Schedule = schedule == task.Schedule.Text ? task.Schedule
                : schedule.Length == 0 ? Schedule.Blank
                : ScheduleParser.Parse(schedule, new ScheduleContext(
                    doc.Header.Period?.From.Year ?? doc.Header.IssuedOn?.Year ?? DateTime.UtcNow.Year, doc.Header.Period, doc.Header.IssuedOn)).Schedule,
        };
    }

    private async Task ConfirmAsync()
    {
        var result = await Importer.ConfirmAsync(SessionId);
        if (result.IsSuccess)
        {
            // Straight on to the issue step: it lists what is still open, and "Chưa ban hành" goes back to the draft.
            Flash.Redirect(HttpContext, Nav, PlanIssuePage.PathOf(result.Value), "Đã tạo dự thảo kế hoạch.");
            return;
        }

        error = result.Error!.Message;
        await LoadAsync();
    }

    /// <summary>After a change: back to the same place of the page (its anchor) with the success message, or the error here.</summary>
    private async Task Done(Error? failure, string success, string fragment)
    {
        if (failure is null)
        {
            Flash.Redirect(HttpContext, Nav, $"/ke-hoach/nhap/{SessionId}{fragment}", success);
            return;
        }

        error = failure.Message;
        await LoadAsync();
    }

    private static string Count(int n) => NumberText.Count(n);

    private string HowText(ResolvedName n) => n.Match.How switch
    {
        MatchHow.Remembered => "đã chọn / đã nhớ",
        MatchHow.Exact => "khớp",
        MatchHow.Fuzzy => $"gần đúng ({n.Match.Score:P0})",
        MatchHow.Ignored => "bỏ qua",
        _ => "chưa khớp",
    };

    private string TargetText(ResolvedName n) => n.Match.Candidate switch
    {
        null => "",
        { Kind: MatchTargetKind.OpenGroup } c => $"{c.Name} — nhóm mở, cơ quan thường trực chọn đơn vị sau",
        { Kind: MatchTargetKind.Group } c => $"{c.Name} → {n.UnitIds.Count} đơn vị: {string.Join(", ", n.UnitIds.Select(id => units!.NameOf(id)))}",
        { } c => c.Name,
    };

    public sealed class MapForm
    {
        public string? Name { get; set; }

        public string? Target { get; set; }
    }

    public sealed class FixForm
    {
        public string? Ref { get; set; }

        public string? Title { get; set; }

        public string? Outputs { get; set; }

        public string? Lead { get; set; }

        public string? Support { get; set; }

        public string? Schedule { get; set; }

        public string? Funding { get; set; }
    }

    public sealed class ConfirmForm
    {
        public string? Ok { get; set; }
    }
}
