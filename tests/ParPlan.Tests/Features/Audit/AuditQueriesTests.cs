using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Audit;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Audit;

public class AuditQueriesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_log_filters_by_user_type_key_and_vietnamese_day_newest_first(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, s => s.AddScoped<AuditQueries>());
        Guid first;
        using (AuditActor.Begin("an"))
        {
            first = await database.InScopeAsync(sp => ResultAssert.Ok(sp.GetRequiredService<OrgCommands>()
                .CreateUnitAsync(new CreateUnitRequest("A", "Sở Nội vụ", UnitKind.Department, UnitLevel.Agency, null, null))));
        }

        database.Time.Advance(TimeSpan.FromDays(1));
        using (AuditActor.Begin("binh"))
        {
            await database.InScopeAsync(sp => ResultAssert.Ok(sp.GetRequiredService<OrgCommands>()
                .RenameAsync(new RenameUnitRequest(first, "Sở Nội vụ tỉnh", new DateOnly(2026, 1, 1)))));
        }

        await database.InScopeAsync(async sp =>
        {
            var audit = sp.GetRequiredService<AuditQueries>();
            var all = await audit.SearchAsync(new AuditFilter());
            var byBinh = await audit.SearchAsync(new AuditFilter(UserName: "binh"));
            var unit = await audit.SearchAsync(new AuditFilter(EntityType: nameof(Unit), EntityKey: first.ToString()));
            var firstDay = await audit.SearchAsync(new AuditFilter(From: new DateOnly(2026, 3, 1), To: new DateOnly(2026, 3, 1)));

            Assert.True(all.Total >= 5);
            Assert.Equal("binh", all.Rows[0].UserName);
            Assert.All(byBinh.Rows, r => Assert.Equal("binh", r.UserName));
            Assert.Contains(byBinh.Rows, r => r.EntityType == nameof(UnitName) && r.Action == AuditAction.Added);
            Assert.Equal([AuditAction.Modified, AuditAction.Added], unit.Rows.Select(r => r.Action));
            Assert.All(firstDay.Rows, r => Assert.Equal("an", r.UserName));
            Assert.Contains(nameof(UnitAlias), all.EntityTypes);
        });
    }
}
