using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.ParIndex;
using ParPlan.Data;
using ParPlan.Features.Demo;
using ParPlan.Features.ParIndex;
using ParPlan.Tests.Features.Demo;

namespace ParPlan.Tests.Features.ParIndex;

public sealed class DemoParIndexTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_holds_one_valid_example_commune_set_on_the_eight_fields_and_assessments_in_three_states(string provider)
    {
        await using var database = await DemoSeederTests.CreateAsync(provider);

        Assert.True(await DemoSeeder.SeedIfEmptyAsync(database.Services, CancellationToken.None));

        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var stored = await db.Set<ParCriteriaSet>().AsNoTracking().SingleAsync();
            var read = CriteriaJson.Read(stored.Json);
            Assert.Empty(read.Problems);
            Assert.True(stored.Example && read.Set!.Example);
            Assert.Contains("không chính thức", stored.Name, StringComparison.Ordinal);
            Assert.Equal(ParAreas.All, read.Set!.Fields.Select(f => f.OwnerArea));
            Assert.Equal((ParBlocks.Commune, 70m, 30m), (stored.Block, read.Set.Fields.Sum(f => f.MaxPoints), read.Set.Survey!.MaxPoints));
            var statuses = await db.Set<ParAssessment>().AsNoTracking().Select(a => a.Status).OrderBy(s => s).ToListAsync();
            Assert.Equal([ParStatuses.Finalized, ParStatuses.Open, ParStatuses.Submitted], statuses);
            var finalised = await db.Set<ParAssessment>().AsNoTracking().SingleAsync(a => a.Status == ParStatuses.Finalized);
            Assert.NotNull(finalised.Band);
            Assert.Equal(8, await db.Set<ParAreaOwner>().CountAsync());
        });
    }
}
