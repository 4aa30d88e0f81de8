using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Plans;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Features.Reports;
using ParPlan.Tests.Features.Tasks;
using PlanTask = ParPlan.Features.Plans.PlanTask;

namespace ParPlan.Tests.Features.Reports;

/// <summary>A province with a standing agency and <paramref name="communes"/> communes, an issued plan whose tasks the
/// communes lead, stored dossier indicator values per commune for Q1 2026, and users as principals (no HTTP): the
/// data tests of reports run it on both providers through the real services.</summary>
public sealed class ReportWorld
{
    public const string Period = "2026-Q1";

    private ReportWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public Guid Province { get; private set; }

    public Guid Agency { get; private set; }

    public List<Guid> Communes { get; } = [];

    /// <summary>The province's standing officer (receives the communes' and the agency's reports, writes the province's).</summary>
    public ClaimsPrincipal Standing => Principal("thuongtruc.tinh", Roles.StandingOfficer, Agency);

    public ClaimsPrincipal Admin => Principal("admin", Roles.Admin, null);

    public ClaimsPrincipal OfficerOf(Guid unit) => Principal("canbo." + unit.ToString("N")[..6], Roles.UnitOfficer, unit);

    /// <param name="tasksPerCommune">Tasks each commune leads: the first is done on time in the window, the rest overdue.</param>
    /// <param name="indicators">Numerator and denominator of <c>dossier.on-time-rate</c> per commune, in order.</param>
    public static async Task<ReportWorld> BuildAsync(TestDatabase database, int communes, int tasksPerCommune, IReadOnlyList<(long Num, long Den)>? indicators = null)
    {
        var world = new ReportWorld(database);
        await database.InScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrgCommands>();
            var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
            async Task<Guid> Add(string code, string name, UnitKind kind, UnitLevel level, Guid? parent) =>
                await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest(code, name, kind, level, parent, new DateOnly(2025, 7, 1))));
            world.Province = await Add("P" + suffix, "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
            world.Agency = await Add("P" + suffix + ".SNV", "Sở Nội vụ", UnitKind.Department, UnitLevel.Agency, world.Province);
            for (var i = 0; i < communes; i++)
            {
                world.Communes.Add(await Add($"P{suffix}.X{i:000}", $"UBND xã Thử {i + 1:000}", UnitKind.CommuneGovernment, UnitLevel.Commune, world.Province));
            }

            var db = sp.GetRequiredService<AppDbContext>();
            db.StandingAgencies.Add(new StandingAgency { GovernmentId = world.Province, AgencyId = world.Agency });
            var plan = new Plan
            {
                GovernmentId = world.Province, Title = "Kế hoạch CCHC tỉnh năm 2026", Number = "12/KH-UBND", IssuedOn = new DateOnly(2026, 1, 10),
                PeriodFrom = new DateOnly(2026, 1, 1), PeriodTo = new DateOnly(2026, 12, 31), Status = PlanStatus.Issued, CreatedAt = database.Time.GetUtcNow(),
            };
            db.Add(plan);
            var order = 0;
            for (var c = 0; c < communes; c++)
            {
                for (var t = 0; t < tasksPerCommune; t++)
                {
                    order++;
                    var schedule = RunPlanScenario.DueOn(new DateOnly(2026, 2, 1));
                    var task = new PlanTask
                    {
                        PlanId = plan.Id, Ref = $"{c + 1}.{t + 1}", Order = order, AreaCode = t % 2 == 0 ? "procedures" : "direction",
                        Title = $"Nhiệm vụ {t + 1} của xã {c + 1}", ScheduleText = schedule.Text, ScheduleJson = RunPlanScenario.ScheduleJson(schedule),
                        ScheduleKind = "date", DueDate = schedule.Due,
                        Status = t == 0 ? PlanTaskStatus.Done : PlanTaskStatus.NotStarted,
                        ClosedAt = t == 0 ? new DateTimeOffset(2026, 1, 20, 3, 0, 0, TimeSpan.Zero) : null,
                    };
                    db.Add(task);
                    db.Add(new TaskAssignment { TaskId = task.Id, UnitId = world.Communes[c], Role = AssignmentRole.Lead });
                }

                if (indicators is not null && c < indicators.Count)
                {
                    db.Add(new StoredIndicatorValue
                    {
                        Year = 2026, Period = Period, Code = "dossier.on-time-rate", UnitCode = $"P{suffix}.X{c:000}", Field = "",
                        Numerator = indicators[c].Num, Denominator = indicators[c].Den,
                    });
                }
            }

            await db.SaveChangesAsync();
        });
        return world;
    }

    /// <summary>Starts, submits and accepts the commune's report through the services; returns its id.</summary>
    public async Task<Guid> AcceptedReportAsync(Guid commune) => await Database.InScopeAsync(async sp =>
    {
        var commands = sp.GetRequiredService<ReportCommands>();
        var id = (await ResultAssert.Ok(commands.StartAsync(OfficerOf(commune), new StartReportRequest(commune, Period)))).Id;
        var submitted = await ResultAssert.Ok(commands.SubmitAsync(OfficerOf(commune), id, new ReportActionRequest(1)));
        await ResultAssert.Ok(commands.AcceptAsync(Standing, id, new ReportActionRequest(submitted.Version)));
        return id;
    });

    public Task<T> InScopeAsync<T>(Func<ReportQueries, ReportCommands, Task<T>> action) =>
        Database.InScopeAsync(sp => action(sp.GetRequiredService<ReportQueries>(), sp.GetRequiredService<ReportCommands>()));

    private static ClaimsPrincipal Principal(string name, string role, Guid? unit)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, name), new(ClaimTypes.Name, name), new(ClaimTypes.Role, role) };
        if (unit is { } u)
        {
            claims.Add(new Claim(ParPlanClaims.UnitId, u.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
