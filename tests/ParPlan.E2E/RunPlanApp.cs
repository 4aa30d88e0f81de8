using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using PlanTask = ParPlan.Features.Plans.PlanTask;

namespace ParPlan.E2E;

/// <summary>The app on real Kestrel with a fake clock and an issued plan arranged directly in the store: two communes
/// with one task each, and the province's standing agency.</summary>
public sealed class RunPlanApp : WebApplicationFactory<Program>
{
    public const string Password = "ParPlan@2026";

    public RunPlanApp()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "parplan-e2e-" + Guid.NewGuid().ToString("N"));
        UseKestrel(0);
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public Guid TaskA { get; private set; }

    public Guid TaskB { get; private set; }

    public async Task<Uri> StartAsync()
    {
        StartServer();
        await ArrangeAsync();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal)))
            .First();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:Directory", DataDirectory);
        builder.UseSetting("FollowUp:Enabled", "false");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseEnvironment("Development");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    private async Task ArrangeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var org = sp.GetRequiredService<OrgCommands>();
        async Task<Guid> Unit(string code, string name, UnitKind kind, UnitLevel level, Guid? parent) =>
            (await org.CreateUnitAsync(new CreateUnitRequest(code, name, kind, level, parent, new DateOnly(2025, 7, 1)))).Value;
        var province = await Unit("E2E", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        var agency = await Unit("E2E.SNV", "Sở Nội vụ Thử", UnitKind.Department, UnitLevel.Agency, province);
        var communeA = await Unit("E2E.XA", "UBND xã An Bình", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        var communeB = await Unit("E2E.XB", "UBND xã Bình Minh", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var (name, role, unit) in new[] { ("canbo.xa.a", Roles.UnitOfficer, communeA), ("thuongtruc", Roles.StandingOfficer, agency) })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }

            var user = new AppUser { UserName = name, DisplayName = name, UnitId = unit };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, role);
        }

        var db = sp.GetRequiredService<AppDbContext>();
        var today = VietnamTime.Today(Time);
        var plan = new Plan
        {
            GovernmentId = province, Title = "Kế hoạch CCHC tỉnh năm " + today.Year, Number = "12/KH-UBND", Status = PlanStatus.Issued,
            PeriodFrom = new DateOnly(today.Year, 1, 1), PeriodTo = new DateOnly(today.Year, 12, 31), CreatedAt = Time.GetUtcNow(),
        };
        db.Add(plan);
        TaskA = AddTask(db, plan.Id, "1.1", "Ban hành kế hoạch tuyên truyền CCHC của xã An Bình", today.AddDays(2), communeA);
        TaskB = AddTask(db, plan.Id, "1.2", "Kiểm tra công tác CCHC xã Bình Minh", today.AddDays(20), communeB);
        await db.SaveChangesAsync();
    }

    private static Guid AddTask(AppDbContext db, Guid planId, string reference, string title, DateOnly due, Guid lead)
    {
        var schedule = new Schedule { Text = $"Trước ngày {due:dd/MM/yyyy}", Kind = ScheduleKind.Date, Due = due };
        var task = new PlanTask
        {
            PlanId = planId, Ref = reference, Order = reference == "1.1" ? 1 : 2, AreaCode = "direction", Title = title,
            ScheduleText = schedule.Text, ScheduleJson = JsonSerializer.Serialize(schedule, PlanJson.Options), ScheduleKind = "date", DueDate = due,
        };
        db.Add(task);
        db.Add(new TaskAssignment { TaskId = task.Id, UnitId = lead, Role = AssignmentRole.Lead });
        return task.Id;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
