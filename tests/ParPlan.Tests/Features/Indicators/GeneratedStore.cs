using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Dossiers;
using ParPlan.Features.Demo;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>The demo province (communes merged into new ones on 1/7/2025) with a generated 2025 and a 2026 exported on
/// the store's clock (1/3/2026), imported through the real importer: the generator gives the new communes' codes to
/// dossiers of the whole of 2025, as one-stop exports do after a merger.</summary>
internal static class GeneratedStore
{
    public static async Task<TestDatabase> CreateAsync(string provider, string convention = "contract-default", int count = 3_000)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dossiers:ChunkSize"] = "1000", ["Indicators:Convention"] = convention,
        }).Build();
        var database = await TestDatabase.CreateAsync(provider, s => s.AddDossierServices(configuration).AddIndicatorServices(configuration));
        await database.InScopeAsync(sp => ActivatorUtilities.CreateInstance<DemoOrganisation>(sp).BuildAsync(CancellationToken.None));
        var folder = Path.GetTempPath();
        var now = database.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime;
        foreach (var (year, exported) in new[] { (2025, (DateTime?)null), (2026, now) })
        {
            var file = Path.Combine(folder, $"hoso-{year}-{Guid.NewGuid():N}.csv");
            await using (var output = File.Create(file))
            {
                SyntheticDossiers.Write(output, new SyntheticDossierOptions
                {
                    Count = count, Year = year, Seed = (ulong)year, UnitCodes = DemoDossierUnits.Codes(year), ExportedAtLocal = exported,
                });
            }

            await database.InScopeAsync(sp => sp.GetRequiredService<DossierImporter>().ImportAsync(file, "tao-" + year));
            File.Delete(file);
        }

        await database.InScopeAsync(sp => sp.GetRequiredService<IndicatorComputer>().ComputeAsync());
        return database;
    }
}
