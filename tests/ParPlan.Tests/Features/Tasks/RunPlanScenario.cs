using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Tests.Features.Auth;
using PlanTask = ParPlan.Features.Plans.PlanTask;

namespace ParPlan.Tests.Features.Tasks;

/// <summary>A province with two communes and a standing agency, users of each role, and an issued plan of the province
/// arranged directly in the store (the import flow belongs to the plans feature). Deadlines are relative to the fake clock.</summary>
public sealed class RunPlanScenario
{
    public const string OfficerA = "canbo.xa.a";
    public const string OfficerB = "canbo.xa.b";
    public const string Standing = "thuongtruc.tinh";
    public const string Leader = "lanhdao.tinh";

    private RunPlanScenario(ParPlanFactory app) => App = app;

    public ParPlanFactory App { get; }

    public Guid Province { get; private set; }

    public Guid CommuneA { get; private set; }

    public Guid CommuneB { get; private set; }

    public Guid Agency { get; private set; }

    public Guid PlanId { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Lead xã A, due in 5 days.</summary>
    public Guid TaskA { get; private set; }

    /// <summary>Lead xã B, due in 10 days.</summary>
    public Guid TaskB { get; private set; }

    /// <summary>Lead the standing agency, support xã A, due in 2 days.</summary>
    public Guid TaskShared { get; private set; }

    public static async Task<RunPlanScenario> CreateAsync(ParPlanFactory app)
    {
        var s = new RunPlanScenario(app);
        await s.ArrangeAsync();
        return s;
    }

    public static string ScheduleJson(Schedule schedule) => JsonSerializer.Serialize(schedule, PlanJson.Options);

    public static Schedule DueOn(DateOnly due) => new() { Text = $"Trước ngày {due:dd/MM/yyyy}", Kind = ScheduleKind.Date, Due = due };

    private async Task ArrangeAsync()
    {
        Today = VietnamTime.Today(App.Time);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        Province = await App.AddUnitAsync("T" + suffix, "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        Agency = await App.AddUnitAsync("T" + suffix + ".SNV", "Sở Nội vụ", UnitKind.Department, UnitLevel.Agency, Province);
        CommuneA = await App.AddUnitAsync("T" + suffix + ".XA", "UBND xã An Bình", UnitKind.CommuneGovernment, UnitLevel.Commune, Province);
        CommuneB = await App.AddUnitAsync("T" + suffix + ".XB", "UBND xã Bình Minh", UnitKind.CommuneGovernment, UnitLevel.Commune, Province);
        await App.AddUserAsync(OfficerA, ParPlan.Features.Auth.Roles.UnitOfficer, CommuneA);
        await App.AddUserAsync(OfficerB, ParPlan.Features.Auth.Roles.UnitOfficer, CommuneB);
        await App.AddUserAsync(Standing, ParPlan.Features.Auth.Roles.StandingOfficer, Agency);
        await App.AddUserAsync(Leader, ParPlan.Features.Auth.Roles.Leader, Province);

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.StandingAgencies.Add(new StandingAgency { GovernmentId = Province, AgencyId = Agency });
        var plan = NewPlan(db, Province, "Kế hoạch Cải cách hành chính tỉnh năm " + Today.Year);
        PlanId = plan.Id;
        TaskA = AddTask(db, plan, "1.1", "direction", "Cải cách thủ tục hành chính tại xã An Bình", DueOn(Today.AddDays(5)), (CommuneA, AssignmentRole.Lead));
        TaskB = AddTask(db, plan, "1.2", "direction", "Rà soát văn bản quy phạm pháp luật xã Bình Minh", DueOn(Today.AddDays(10)), (CommuneB, AssignmentRole.Lead));
        TaskShared = AddTask(db, plan, "2.1", "procedures", "Số hoá hồ sơ một cửa", DueOn(Today.AddDays(2)),
            (Agency, AssignmentRole.Lead), (CommuneA, AssignmentRole.Support));
        await db.SaveChangesAsync();
    }

    /// <summary>Another issued plan, of <paramref name="government"/>, with one task led by that government and due on
    /// <paramref name="due"/>; returns the task.</summary>
    public async Task<Guid> AddPlanWithTaskAsync(Guid government, string title, DateOnly due)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = NewPlan(db, government, title);
        var task = AddTask(db, plan, "1.1", "direction", "Nhiệm vụ của " + title, DueOn(due), (government, AssignmentRole.Lead));
        await db.SaveChangesAsync();
        return task;
    }

    private Plan NewPlan(AppDbContext db, Guid government, string title)
    {
        var plan = new Plan
        {
            GovernmentId = government,
            Title = title,
            Number = "12/KH-UBND",
            IssuedOn = new DateOnly(Today.Year, 1, 10),
            PeriodFrom = new DateOnly(Today.Year, 1, 1),
            PeriodTo = new DateOnly(Today.Year, 12, 31),
            Status = PlanStatus.Issued,
            CreatedAt = App.Time.GetUtcNow(),
        };
        db.Add(plan);
        return plan;
    }

    private static Guid AddTask(AppDbContext db, Plan plan, string reference, string area, string title, Schedule schedule,
        params (Guid Unit, AssignmentRole Role)[] units)
    {
        var task = new PlanTask
        {
            PlanId = plan.Id,
            Ref = reference,
            Order = int.Parse(reference.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture),
            AreaCode = area,
            Title = title,
            ScheduleText = schedule.Text,
            ScheduleJson = ScheduleJson(schedule),
            ScheduleKind = "date",
            DueDate = schedule.Due,
        };
        db.Add(task);
        foreach (var (unit, role) in units)
        {
            db.Add(new TaskAssignment { TaskId = task.Id, UnitId = unit, Role = role });
        }

        return task.Id;
    }
}
