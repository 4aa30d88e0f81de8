using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Demo;
using ParPlan.Features.Plans;

namespace ParPlan.Tests.Features.Cascade;

/// <summary>The demo province with its plans and cascade (no logins, no dossiers) in a fresh store on either provider,
/// on the store's fake clock (1/3/2026).</summary>
public sealed class DemoProvince : IAsyncDisposable
{
    private DemoProvince(TestDatabase database, IReadOnlyDictionary<string, Guid> units, Guid provincePlan)
    {
        Database = database;
        Units = units;
        ProvincePlan = provincePlan;
    }

    public TestDatabase Database { get; }

    public IReadOnlyDictionary<string, Guid> Units { get; }

    public Guid ProvincePlan { get; }

    public static async Task<DemoProvince> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        using var actor = AuditActor.Begin("test");
        var units = await database.InScopeAsync<IReadOnlyDictionary<string, Guid>>(async sp =>
        {
            var org = ActivatorUtilities.CreateInstance<DemoOrganisation>(sp);
            await org.BuildAsync(CancellationToken.None);
            await ActivatorUtilities.CreateInstance<DemoPlans>(sp).CreateAsync(org.Units, CancellationToken.None);
            await ActivatorUtilities.CreateInstance<DemoCascade>(sp).CreateAsync(org.Units, CancellationToken.None);
            return org.Units;
        });
        var plan = await database.InScopeAsync(sp => sp.Db().Plans.Where(p => p.GovernmentId == units["QT"]).Select(p => p.Id).SingleAsync());
        return new DemoProvince(database, units, plan);
    }

    public async Task<Guid> TaskAsync(Guid planId, string reference) =>
        await Database.InScopeAsync(sp => sp.Db().PlanTasks.Where(t => t.PlanId == planId && t.Ref == reference).Select(t => t.Id).SingleAsync());

    /// <summary>Issues a draft plan on <paramref name="on"/> with a number.</summary>
    public Task IssueAsync(Guid planId, DateOnly on) =>
        Database.InScopeAsync(async sp =>
        {
            var plan = await sp.Db().Plans.SingleAsync(p => p.Id == planId);
            plan.Status = PlanStatus.Issued;
            plan.IssuedOn = on;
            plan.Number = "01/KH-UBND";
            await sp.Db().SaveChangesAsync();
        });

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
