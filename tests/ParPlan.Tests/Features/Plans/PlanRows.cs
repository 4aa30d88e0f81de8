using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;
using PlanTask = ParPlan.Features.Plans.PlanTask;

namespace ParPlan.Tests.Features.Plans;

/// <summary>Adds plans, tasks and groups straight into the store, for tests that start after an import.</summary>
public static class PlanRows
{
    public static Schedule Parse(string text, int year) =>
        ScheduleParser.Parse(text, new ScheduleContext(year, new DatePeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)))).Schedule;

    public static async Task<Guid> AddPlanAsync(ParPlanFactory app, Guid government, int year, PlanStatus status = PlanStatus.Issued)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = new Plan
        {
            GovernmentId = government, Title = "Kế hoạch CCHC năm " + year, Number = status == PlanStatus.Draft ? null : "5/KH-UBND",
            IssuedOn = status == PlanStatus.Draft ? null : new DateOnly(year, 1, 5), PeriodFrom = new DateOnly(year, 1, 1),
            PeriodTo = new DateOnly(year, 12, 31), Status = status, CreatedAt = app.Time.GetUtcNow(),
        };
        db.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    /// <summary>A task whose time cell is <paramref name="scheduleText"/> (parsed as the import would), led by
    /// <paramref name="lead"/>; <paramref name="supportText"/> is the "Phối hợp" cell as written.</summary>
    public static async Task<Guid> AddTaskAsync(ParPlanFactory app, Guid planId, string reference, string title, string scheduleText, Guid? lead,
        params string[] supportText)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = await db.Plans.FindAsync(planId);
        var schedule = Parse(scheduleText, plan!.PeriodFrom.Year);
        var task = new PlanTask
        {
            PlanId = planId, Ref = reference, Order = 100 + db.PlanTasks.Count(t => t.PlanId == planId), Title = title,
            ScheduleText = scheduleText, ScheduleJson = RunPlanScenario.ScheduleJson(schedule), ScheduleKind = PlanJsonText.Enum(schedule.Kind),
            DueDate = PlanJsonText.DueDate(schedule), SupportTextJson = PlanJsonText.List(supportText),
        };
        db.Add(task);
        if (lead is { } unit)
        {
            db.Add(new TaskAssignment { TaskId = task.Id, UnitId = unit, Role = AssignmentRole.Lead });
        }

        await db.SaveChangesAsync();
        return task.Id;
    }

    public static async Task<Guid> AddOpenGroupAsync(ParPlanFactory app, Guid government, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var group = new UnitGroup { Code = "MO" + Guid.NewGuid().ToString("N")[..6], Name = name, GovernmentId = government, Rule = GroupRule.Open };
        db.Add(group);
        await db.SaveChangesAsync();
        return group.Id;
    }
}
