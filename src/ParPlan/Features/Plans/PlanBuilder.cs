using ParPlan.Core.Plans;
using ParPlan.Data;
using Doc = ParPlan.Core.Plans;

namespace ParPlan.Features.Plans;

/// <summary>Turns a parsed (and reviewed) <see cref="PlanDocument"/> into a Draft plan with its areas, tasks, targets and
/// unit assignments; class names fan out to their members at the plan date.</summary>
public static class PlanBuilder
{
    /// <summary>The date a plan's units are resolved at: its issue date, else the start of its period.</summary>
    public static DateOnly PlanDate(PlanDocument document, DateOnly today) =>
        document.Header.IssuedOn ?? document.Header.Period?.From ?? today;

    public static DatePeriod Period(PlanDocument document, DateOnly today) =>
        document.Header.Period ?? new DatePeriod(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));

    public static async Task<Plan> AddDraftAsync(AppDbContext db, PlanDocument document, PlanUnitContext units, DraftSource source,
        IReadOnlyDictionary<string, ImportChoice>? choices, CancellationToken ct)
    {
        var period = Period(document, units.AsOf);
        var plan = new Plan
        {
            GovernmentId = units.GovernmentId,
            Title = Clip(document.Header.Title ?? source.FileName, Plan.TitleMax)!,
            Number = Clip(document.Header.Number, Plan.NumberMax),
            IssuedOn = document.Header.IssuedOn,
            PeriodFrom = period.From,
            PeriodTo = period.To,
            Status = PlanStatus.Draft,
            SourceFileName = Clip(source.FileName, 260),
            SourceFileHash = source.FileHash,
            ParentPlanReference = Clip(source.ParentReference, Plan.ReferenceMax),
            WarningsJson = PlanJsonText.Notices(document.Notices),
            CreatedAt = source.At,
            CreatedBy = source.UserName,
        };
        db.Plans.Add(plan);
        var order = 0;
        foreach (var area in document.Areas)
        {
            db.PlanAreas.Add(new PlanArea
            {
                PlanId = plan.Id, Code = PlanJsonText.Enum(area.Code), Heading = Clip(area.Heading, 1000)!,
                StatedTaskCount = area.StatedTaskCount, Order = order++,
            });
        }

        order = 0;
        foreach (var target in document.Targets)
        {
            db.PlanTargets.Add(ToEntity(plan.Id, order++, target));
        }

        order = 0;
        foreach (var task in document.Tasks)
        {
            var entity = new PlanTask
            {
                PlanId = plan.Id,
                Ref = Clip(task.Ref, 40)!,
                Order = order++,
                AreaCode = task.Area is { } a ? PlanJsonText.Enum(a) : null,
                Title = Clip(task.Title, PlanTask.TitleMax)!,
                Objective = Clip(task.Objective, 4000),
                ActivitiesJson = PlanJsonText.List(task.Activities),
                OutputsJson = PlanJsonText.List(task.Outputs),
                LeadTextJson = PlanJsonText.List(task.Lead),
                SupportTextJson = PlanJsonText.List(task.Support),
                ScheduleText = Clip(task.Schedule.Text, PlanTask.ScheduleTextMax)!,
                ScheduleJson = PlanJsonText.Schedule(task.Schedule),
                ScheduleKind = PlanJsonText.Enum(task.Schedule.Kind),
                DueDate = PlanJsonText.DueDate(task.Schedule, document.Header.Level),
                Funding = Clip(task.Funding, PlanTask.FundingMax),
            };
            db.PlanTasks.Add(entity);
            await AssignAsync(db, entity.Id, task.Lead, AssignmentRole.Lead, units, choices, ct);
            await AssignAsync(db, entity.Id, task.Support, AssignmentRole.Support, units, choices, ct);
        }

        return plan;
    }

    public static async Task AssignAsync(AppDbContext db, Guid taskId, IEnumerable<string> names, AssignmentRole role, PlanUnitContext units,
        IReadOnlyDictionary<string, ImportChoice>? choices, CancellationToken ct)
    {
        var seen = new HashSet<Guid>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            ImportChoice? choice = null;
            choices?.TryGetValue(Doc.Matching.UnitMatcher.Key(name), out choice);
            var resolved = await units.ResolveAsync(name, choice, ct);
            foreach (var unitId in resolved.UnitIds.Where(seen.Add))
            {
                db.TaskAssignments.Add(new TaskAssignment
                {
                    TaskId = taskId, UnitId = unitId, Role = role, SourceText = Clip(name, 1000), FanOutGroupId = resolved.GroupId,
                });
            }
        }
    }

    private static PlanTarget ToEntity(Guid planId, int order, Doc.PlanTarget target) => new()
    {
        PlanId = planId,
        Order = order,
        AreaCode = target.Area is { } a ? PlanJsonText.Enum(a) : null,
        Text = Clip(target.Text, 4000)!,
        Comparator = target.Comparator,
        Value = target.Value,
        Unit = Clip(target.Unit, 100)!,
        Level = target.Level is { } l ? PlanJsonText.Enum(l) : null,
        Stretch = target.Stretch,
        Source = Clip(target.Source, 200),
        BaselineYear = target.BaselineYear,
    };

    public static string? Clip(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];
}
