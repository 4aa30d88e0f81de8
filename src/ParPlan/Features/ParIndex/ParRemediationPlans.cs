using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Plans;
using PlanTask = ParPlan.Features.Plans.PlanTask;
using PlanArea = ParPlan.Features.Plans.PlanArea;

namespace ParPlan.Features.ParIndex;

/// <summary>Where an accepted remediation proposal goes: the Draft plan the standing agency picked, else the newest Draft
/// plan of the government for the proposal's year, else a new Draft plan for that year; and the task it becomes there
/// (numbered in its area, its lead unit assigned, due on the chosen date).</summary>
public sealed class ParRemediationPlans(AppDbContext db, TimeProvider time)
{
    public async Task<Result<Plan>> TargetAsync(ParRemediation r, Guid? planId, string? userName, CancellationToken ct = default)
    {
        if (planId is { } id)
        {
            var chosen = await db.Plans.FirstOrDefaultAsync(p => p.Id == id && p.GovernmentId == r.GovernmentId, ct);
            if (chosen is null) return Error.Invalid("Không tìm thấy kế hoạch này của đơn vị; chọn một dự thảo kế hoạch trong danh sách.");
            return chosen.Status == PlanStatus.Draft ? chosen : Error.Invalid("Chỉ đưa nhiệm vụ khắc phục vào kế hoạch đang là dự thảo; chọn dự thảo kế hoạch năm sau.");
        }

        var from = new DateOnly(r.PlanYear, 1, 1);
        var to = new DateOnly(r.PlanYear, 12, 31);
        var existing = await db.Plans.Where(p => p.GovernmentId == r.GovernmentId && p.Status == PlanStatus.Draft && p.PeriodFrom >= from && p.PeriodFrom <= to)
            .OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(ct);
        if (existing is not null) return existing;
        var name = await db.Units.AsNoTracking().Where(u => u.Id == r.GovernmentId).Select(u => u.Name).FirstAsync(ct);
        var plan = new Plan
        {
            GovernmentId = r.GovernmentId, Status = PlanStatus.Draft, PeriodFrom = from, PeriodTo = to, CreatedAt = time.GetUtcNow(), CreatedBy = userName,
            Title = PlanBuilder.Clip($"Kế hoạch cải cách hành chính năm {r.PlanYear} của {name}", Plan.TitleMax)!,
        };
        db.Plans.Add(plan);
        return plan;
    }

    public async Task<PlanTask> AddTaskAsync(Plan plan, ParRemediation r, string title, string area, Guid? lead, DateOnly? due, CancellationToken ct = default)
    {
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == plan.Id).Select(t => new { t.Order, t.AreaCode }).ToListAsync(ct);
        var areas = await db.PlanAreas.AsNoTracking().Where(a => a.PlanId == plan.Id).Select(a => new { a.Code, a.Order }).ToListAsync(ct);
        if (areas.All(a => a.Code != area))
        {
            db.PlanAreas.Add(new PlanArea { PlanId = plan.Id, Code = area, Heading = AreaNames.Of(area), Order = areas.Count == 0 ? 0 : areas.Max(a => a.Order) + 1 });
        }

        var schedule = due is { } d
            ? new Schedule { Text = $"Trước ngày {DateText.Format(d)}", Kind = ScheduleKind.Date, Due = d }
            : new Schedule { Text = $"Năm {r.PlanYear}", Kind = ScheduleKind.Period, From = plan.PeriodFrom, To = plan.PeriodTo, Due = plan.PeriodTo };
        var leadName = lead is { } l ? await db.Units.AsNoTracking().Where(u => u.Id == l).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        var task = new PlanTask
        {
            PlanId = plan.Id, Ref = $"{AreaNames.Order(area) + 1}.{tasks.Count(t => t.AreaCode == area) + 1}", Order = tasks.Count == 0 ? 0 : tasks.Max(t => t.Order) + 1,
            AreaCode = area, Title = title, ScheduleText = schedule.Text, ScheduleJson = PlanJsonText.Schedule(schedule), ScheduleKind = PlanJsonText.Enum(schedule.Kind),
            DueDate = schedule.Due, LeadTextJson = PlanJsonText.List(leadName is null ? [] : [leadName]),
            Objective = PlanBuilder.Clip($"Khắc phục điểm bị trừ ở tiêu chí {r.Code} của Chỉ số CCHC năm {r.PlanYear - 1} (đạt {Core.Text.NumberText.Decimal(r.Points)}/{Core.Text.NumberText.Decimal(r.MaxPoints)} điểm).", 4000),
        };
        db.PlanTasks.Add(task);
        if (lead is { } unit)
        {
            db.TaskAssignments.Add(new TaskAssignment { TaskId = task.Id, UnitId = unit, Role = AssignmentRole.Lead, SourceText = leadName });
        }

        if (db.Entry(plan).State == EntityState.Unchanged) db.Entry(plan).State = EntityState.Modified;
        return task;
    }
}
