using Microsoft.AspNetCore.Components;
using ParPlan.Core.Plans;
using ParPlan.Core.Plans.Matching;
using ParPlan.Core.Schedules;
using ParPlan.Data;

namespace ParPlan.Features.Plans.Pages;

public sealed partial class ImportReviewPage
{
    private PendingImport? pending;
    private IReadOnlyList<ResolvedName> names = [];
    private IReadOnlyList<MatchCandidate> candidates = [];
    private PlanUnitContext? units;
    private string? message;
    private string? error;

    [Parameter] public Guid SessionId { get; set; }

    [Inject] private PlanImporter Importer { get; set; } = default!;

    [Inject] private UnitResolver Resolver { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "map")] private MapForm? Map { get; set; }

    [SupplyParameterFromForm(FormName = "fix")] private FixForm? Fix { get; set; }

    [SupplyParameterFromForm(FormName = "confirm")] private ConfirmForm? Confirm { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Map ??= new();
        Fix ??= new();
        Confirm ??= new();
        await LoadAsync();
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
        await Done(result.Error, $"Đã gán «{Map.Name}».");
    }

    private async Task FixAsync()
    {
        var (reference, field, value) = (Fix!.Ref, Fix.Field ?? "title", (Fix.Value ?? "").Trim());
        if (string.IsNullOrWhiteSpace(reference))
        {
            error = "Chọn nhiệm vụ cần sửa.";
            return;
        }

        var result = await Importer.SaveDocumentAsync(SessionId, doc => doc with
        {
            Tasks = doc.Tasks.Select(t => t.Ref == reference ? Apply(doc, t, field, value) : t).ToList(),
        });
        await Done(result.Error, $"Đã sửa nhiệm vụ {reference}.");
    }

    private static Core.Plans.PlanTask Apply(PlanDocument doc, Core.Plans.PlanTask task, string field, string value)
    {
        IReadOnlyList<string> List() => value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return field switch
        {
            "outputs" => task with { Outputs = List() },
            "lead" => task with { Lead = List() },
            "support" => task with { Support = List() },
            "funding" => task with { Funding = value.Length == 0 ? null : value },
            "schedule" => task with
            {
                Schedule = value.Length == 0 ? Schedule.Blank : ScheduleParser.Parse(value, new ScheduleContext(
                    doc.Header.Period?.From.Year ?? doc.Header.IssuedOn?.Year ?? DateTime.UtcNow.Year, doc.Header.Period, doc.Header.IssuedOn)).Schedule,
            },
            _ => value.Length == 0 ? task : task with { Title = value },
        };
    }

    private async Task ConfirmAsync()
    {
        var result = await Importer.ConfirmAsync(SessionId);
        if (result.IsSuccess)
        {
            Nav.NavigateTo($"/ke-hoach/{result.Value}?tb={Uri.EscapeDataString("Đã tạo dự thảo kế hoạch.")}");
            return;
        }

        error = result.Error!.Message;
        await LoadAsync();
    }

    private async Task Done(Error? failure, string success)
    {
        if (failure is not null)
        {
            error = failure.Message;
        }
        else
        {
            message = success;
        }

        await LoadAsync();
    }

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

        public string? Field { get; set; }

        public string? Value { get; set; }
    }

    public sealed class ConfirmForm
    {
        public string? Ok { get; set; }
    }
}
