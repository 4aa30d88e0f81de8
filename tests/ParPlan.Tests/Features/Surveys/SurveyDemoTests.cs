using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Demo;
using ParPlan.Features.ParIndex;
using ParPlan.Features.Surveys;
using ParPlan.Tests.Features.Demo;

namespace ParPlan.Tests.Features.Surveys;

/// <summary>The demo's survey: the province's campaign of the year with 600 responses, land below its 85% floor, and the
/// PAR INDEX appraiser offered survey points from the commune's index on the set's 30-point survey scale.</summary>
public sealed class SurveyDemoTests
{
    private static readonly ClaimsPrincipal Admin = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "admin"), new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, Roles.Admin)], "test"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_survey_shows_land_below_its_floor_and_feeds_the_par_index_survey_points(string provider)
    {
        await using var database = await DemoSeederTests.CreateAsync(provider);
        Assert.True(await DemoSeeder.SeedIfEmptyAsync(database.Services, CancellationToken.None));

        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var campaign = await db.Set<SurveyCampaign>().AsNoTracking().SingleAsync();
            var results = (await sp.GetRequiredService<SurveyQueries>().ResultsAsync(Admin, campaign.Id))!;
            var assessment = await db.Set<ParAssessment>().AsNoTracking().FirstAsync(a => a.Status == ParStatuses.Submitted);
            var suggestion = await sp.GetRequiredService<SurveyParPoints>().SuggestAsync(Admin, assessment.UnitId, assessment.CriteriaSetId);

            Assert.Equal(600, results.Result.Responses);
            // Each sector's 100 responses satisfy element e in (its share of 10): land 8, 7, 8, 9, 6 → 76 < 85.
            var land = results.BySector.Single(s => s.Sector == "Đất đai");
            Assert.Equal((76m, 85m, false), (land.Index, land.Target, land.Met));
            // Elements over the six sectors: 56, 55, 54, 57, 50 of 60 → 93,33 91,67 90 95 83,33; overall their mean.
            Assert.Equal(new decimal?[] { 93.33m, 91.67m, 90m, 95m, 83.33m }, results.Result.Elements.Select(e => e.Index));
            Assert.Equal(90.67m, results.Result.Overall);
            var unit = results.Result.ByUnit.Single(u => u.Key == assessment.UnitId.ToString());
            Assert.NotNull(suggestion);
            Assert.Equal((unit.Index, 30m), (suggestion.Index, suggestion.MaxPoints));
            Assert.Equal(Math.Round(unit.Index!.Value * 30m / 100m, 2, MidpointRounding.AwayFromZero), suggestion.Points);
        });
    }
}
