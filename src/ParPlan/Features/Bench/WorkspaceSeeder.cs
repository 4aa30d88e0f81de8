using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Bench;

/// <summary>A province-scale store for the workspace benchmark: 1 province, 150 communes, 20 agencies, one issued plan
/// each with 40 tasks and 4 progress entries per task. Written without the audit interceptor (bulk load).</summary>
public static class WorkspaceSeeder
{
    public const string Password = "Bench@2026x";
    public const string StandingUser = "bench.thuongtruc";
    public const string OfficerUser = "bench.xa001";

    private static readonly string[] Areas = ["direction", "institutions", "procedures", "apparatus", "civil-service", "public-finance", "digital-government", "indices"];

    public static async Task<(int Units, int Tasks, int Entries)> SeedAsync(IServiceProvider services, DateOnly today, int communes = 150,
        int agencies = 20, int tasksPerPlan = 40, int entriesPerTask = 4)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        var builder = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DataSetup.ConfigureProvider(options, builder);
        await using var db = new SqliteAppDbContext(builder.Options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var year = today.Year;
        var province = new Unit { Code = "BENCH", Name = "UBND tỉnh Thử nghiệm", Kind = UnitKind.ProvinceGovernment, Level = UnitLevel.Province };
        var units = new List<Unit> { province };
        units.AddRange(Enumerable.Range(1, agencies).Select(i => new Unit
            { Code = $"BENCH.SO{i:00}", Name = $"Sở chuyên môn {i:00}", Kind = UnitKind.Department, Level = UnitLevel.Agency }));
        units.AddRange(Enumerable.Range(1, communes).Select(i => new Unit
            { Code = $"BENCH.XA{i:000}", Name = $"UBND xã Thử nghiệm {i:000}", Kind = UnitKind.CommuneGovernment, Level = UnitLevel.Commune }));
        db.AddRange(units);
        db.AddRange(units.Skip(1).Select(u => new UnitParent { UnitId = u.Id, ParentId = province.Id }));
        db.Add(new StandingAgency { GovernmentId = province.Id, AgencyId = units[1].Id });
        await db.SaveChangesAsync();

        var tasks = 0;
        var entries = 0;
        var random = new Random(42);
        foreach (var unit in units)
        {
            var plan = new Plan
            {
                GovernmentId = unit.Id, Title = $"Kế hoạch cải cách hành chính năm {year} – {unit.Name}", Number = "01/KH",
                PeriodFrom = new DateOnly(year, 1, 1), PeriodTo = new DateOnly(year, 12, 31), Status = PlanStatus.Issued,
                IssuedOn = new DateOnly(year, 1, 5), CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Add(plan);
            for (var i = 1; i <= tasksPerPlan; i++)
            {
                var due = new DateOnly(year, 1, 1).AddDays(random.Next(0, 364));
                var schedule = i % 10 == 0
                    ? new Schedule { Text = "Thường xuyên", Kind = ScheduleKind.Ongoing, From = plan.PeriodFrom, To = plan.PeriodTo }
                    : new Schedule { Text = $"Trước ngày {due:dd/MM/yyyy}", Kind = ScheduleKind.Date, Due = due };
                var status = (PlanTaskStatus)random.Next(0, 5);
                var task = new PlanTask
                {
                    PlanId = plan.Id, Ref = $"{(i - 1) / 5 + 1}.{(i - 1) % 5 + 1}", Order = i, AreaCode = Areas[i % Areas.Length],
                    Title = $"Nhiệm vụ cải cách thủ tục hành chính số {i} của {unit.Name}", ScheduleText = schedule.Text,
                    ScheduleJson = System.Text.Json.JsonSerializer.Serialize(schedule, Core.Plans.PlanJson.Options),
                    ScheduleKind = schedule.Kind == ScheduleKind.Ongoing ? "ongoing" : "date", DueDate = schedule.Due,
                    Status = status, Percent = status is PlanTaskStatus.Done or PlanTaskStatus.DoneLate ? 100 : random.Next(0, 90), Version = 1,
                };
                db.Add(task);
                var lead = unit.IsGovernment && unit.Kind == UnitKind.ProvinceGovernment ? units[1 + i % agencies].Id : unit.Id;
                db.Add(new TaskAssignment { TaskId = task.Id, UnitId = lead, Role = AssignmentRole.Lead });
                for (var e = 0; e < entriesPerTask; e++)
                {
                    db.Add(new ProgressEntry
                    {
                        TaskId = task.Id, UnitId = lead, Status = PlanTaskStatus.InProgress, Percent = 20 * (e + 1), Note = $"Báo cáo lần {e + 1}",
                        Period = schedule.Kind == ScheduleKind.Ongoing ? $"{year}-Q{e + 1}" : null, ByLead = true, CreatedBy = "bench",
                        CreatedAt = DateTimeOffset.UtcNow.AddDays(-e),
                    });
                    entries++;
                }

                tasks++;
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { Roles.StandingOfficer, Roles.UnitOfficer })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await AddUserAsync(users, StandingUser, Roles.StandingOfficer, units[1].Id);
        await AddUserAsync(users, OfficerUser, Roles.UnitOfficer, units[1 + agencies].Id);
        return (units.Count, tasks, entries);
    }

    private static async Task AddUserAsync(UserManager<AppUser> users, string name, string role, Guid unit)
    {
        var user = new AppUser { UserName = name, DisplayName = name, UnitId = unit };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
    }
}
