namespace ParPlan.Features.Tasks;

/// <summary>The "my tasks" filters and order, as the page's query string carries them: <c>trang-thai</c> (a status code),
/// <c>ke-hoach</c> (a plan id), <c>han</c> (<c>qua-han</c>, or a number of days: due within it) and <c>xep</c>
/// (<c>han</c>, <c>trang-thai</c>, <c>ke-hoach</c>). Unknown values are ignored, never an error.</summary>
public sealed record MyTasksFilter(string? Status = null, string? Plan = null, string? Due = null, string? Sort = null)
{
    public const string Overdue = "qua-han";
    public const string ByDueDate = "han";
    public const string ByStatus = "trang-thai";
    public const string ByPlan = "ke-hoach";

    /// <summary>The "due within" choices the page offers, in days.</summary>
    public static readonly IReadOnlyList<int> DueWithinDays = [3, 7, 14, 30];

    public bool IsFiltered => StatusCode is not null || PlanId is not null || Due is Overdue || DueWithin is not null;

    public string? StatusCode => StatusText.All.Any(s => s.Code == Status) ? Status : null;

    public Guid? PlanId => Guid.TryParse(Plan, out var id) ? id : null;

    public int? DueWithin => int.TryParse(Due, out var days) && days is >= 0 and <= 366 ? days : null;

    public IReadOnlyList<MyTaskItem> Apply(IReadOnlyList<MyTaskItem> tasks, DateOnly today)
    {
        IEnumerable<MyTaskItem> result = tasks;
        if (StatusCode is { } status)
        {
            result = result.Where(t => t.Status == status);
        }

        if (PlanId is { } plan)
        {
            result = result.Where(t => t.PlanId == plan);
        }

        if (Due == Overdue)
        {
            result = result.Where(t => t.Overdue);
        }
        else if (DueWithin is { } days)
        {
            var until = today.AddDays(days);
            result = result.Where(t => !t.Overdue && t.DueDate is { } d && d >= today && d <= until && t.Status is not ("done" or "done-late"));
        }

        var byDue = result.OrderBy(t => t.DueDate is null).ThenBy(t => t.DueDate).ThenBy(t => t.PlanTitle, StringComparer.Ordinal);
        return (Sort switch
        {
            ByStatus => result.OrderBy(t => StatusOrder(t.Status)).ThenBy(t => t.DueDate is null).ThenBy(t => t.DueDate),
            ByPlan => result, // the order the query gives: plans by period, tasks by their place in the plan
            _ => byDue,
        }).ToList();
    }

    private static int StatusOrder(string status)
    {
        var index = StatusText.All.Select(s => s.Code).ToList().IndexOf(status);
        return index < 0 ? int.MaxValue : index;
    }
}
