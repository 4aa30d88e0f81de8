using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Organisation;

namespace ParPlan.Tests.Features.Records;

/// <summary>A migrated store (on 01/03/2026) with the small <see cref="OrgScenario"/> province, Sở Nội vụ as its standing
/// agency, and the people who keep its records: the standing officer (Sở Nội vụ), the officer of the new commune's
/// Phòng Văn hoá – Xã hội, and a leader of the province.</summary>
public sealed class RecordStore : IAsyncDisposable
{
    private RecordStore(TestDatabase database, OrgScenario org)
    {
        Database = database;
        Org = org;
        Standing = Principal("thuongtruc", Roles.StandingOfficer, org.SoNoiVu);
        UnitOfficer = Principal("canbo.vhxh", Roles.UnitOfficer, org.NewVhxh);
        Leader = Principal("lanhdao", Roles.Leader, org.Province);
    }

    public TestDatabase Database { get; }

    public OrgScenario Org { get; }

    public ClaimsPrincipal Standing { get; }

    public ClaimsPrincipal UnitOfficer { get; }

    public ClaimsPrincipal Leader { get; }

    public static async Task<RecordStore> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var org = await OrgScenario.BuildAsync(database);
        await database.InScopeAsync(async sp => await ResultAssert.Ok(sp.GetRequiredService<OrgCommands>()
            .DesignateStandingAgencyAsync(new DesignateStandingAgencyRequest(org.Province, org.SoNoiVu, new DateOnly(2020, 1, 1)))));
        return new RecordStore(database, org);
    }

    public static ClaimsPrincipal Principal(string name, string role, Guid unit) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, name), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role),
        new Claim(ParPlanClaims.UnitId, unit.ToString()),
    ], "test"));

    /// <summary>Runs <paramref name="action"/> with one of the app's services in a fresh scope (one request).</summary>
    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull =>
        Database.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
