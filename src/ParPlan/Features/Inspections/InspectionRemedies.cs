using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Inspections;

/// <summary>Where a finding's remediation task lives: in an issued plan for the inspection's year of the inspected
/// unit's own government when it has one (a commune inspected by the province remedies within its own plan), else of the
/// inspecting government — the plan whose period holds the remedy date, else the latest that overlaps the year. The task
/// is appended as "KT1", "KT2" … in the area "Công tác chỉ đạo, điều hành", led by the inspected unit and due on the remedy date.
/// The unit sees it in its own task list ("Nhiệm vụ", home page) like any task given to it, and closes it with progress
/// and evidence; the finding's status is read from it. The plan gets no new revision: the task records a decision taken
/// outside the plan (the conclusion), not an amendment of it.</summary>
public sealed class InspectionRemedies(AppDbContext db, IOrgTree tree, InspectableUnits inspectable)
{
    public const string RefPrefix = "KT";
    public const string Area = "direction";

    public async Task<Result<Guid>> CreateTaskAsync(InspectionPlan inspection, Guid unitId, string finding, DateOnly due, CancellationToken ct = default)
    {
        var (first, last) = (new DateOnly(inspection.Year, 1, 1), new DateOnly(inspection.Year, 12, 31));
        var own = await tree.GovernmentOfAsync(unitId, inspectable.DayOf(inspection.Year), ct);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => (p.GovernmentId == inspection.GovernmentId || p.GovernmentId == own) && p.Status != PlanStatus.Draft && p.PeriodFrom <= last && p.PeriodTo >= first)
            .Select(p => new { p.Id, p.GovernmentId, p.PeriodFrom, p.PeriodTo }).ToListAsync(ct);
        var plan = plans.OrderBy(p => p.GovernmentId == own ? 0 : 1).ThenBy(p => p.PeriodFrom <= due && p.PeriodTo >= due ? 0 : 1)
            .ThenByDescending(p => p.PeriodFrom).FirstOrDefault();
        if (plan is null)
        {
            return Error.Conflict($"Chưa có kế hoạch CCHC năm {inspection.Year} đã ban hành (của đơn vị được kiểm tra hoặc của Ủy ban nhân dân tổ chức kiểm tra) "
                + "để giao nhiệm vụ khắc phục; ban hành kế hoạch năm trước khi ghi nhận tồn tại, hạn chế.");
        }

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstAsync(ct);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == plan.Id).Select(t => new { t.Order, t.Ref }).ToListAsync(ct);
        var number = tasks.Count(t => t.Ref.StartsWith(RefPrefix, StringComparison.Ordinal)) + 1;
        while (tasks.Any(t => t.Ref == RefPrefix + number))
        {
            number++;
        }

        var schedule = new Schedule { Text = $"Trước ngày {DateText.Format(due)}", Kind = ScheduleKind.Date, Due = due };
        var title = $"Khắc phục tồn tại, hạn chế sau kiểm tra công tác CCHC ({inspection.Title}): {finding}";
        var task = new PlanTask
        {
            PlanId = plan.Id, Ref = RefPrefix + number, Order = (tasks.Count == 0 ? 0 : tasks.Max(t => t.Order)) + 1, AreaCode = Area,
            Title = title.Length <= PlanTask.TitleMax ? title : title[..(PlanTask.TitleMax - 1)] + "…",
            OutputsJson = PlanJsonText.List(["Văn bản khắc phục của đơn vị được kiểm tra"]),
            LeadTextJson = PlanJsonText.List([unitName]), ScheduleText = schedule.Text, ScheduleJson = PlanJsonText.Schedule(schedule),
            ScheduleKind = PlanJsonText.Enum(schedule.Kind), DueDate = due,
        };
        db.Add(task);
        db.Add(new TaskAssignment { TaskId = task.Id, UnitId = unitId, Role = AssignmentRole.Lead, SourceText = unitName });
        return task.Id;
    }
}
