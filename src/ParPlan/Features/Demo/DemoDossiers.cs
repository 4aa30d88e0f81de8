using ParPlan.Core.Dossiers;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Demo;

/// <summary>The current year's one-stop dossiers of the demo province up to today (synthetic, seeded), imported through
/// the real importer and computed, so the indicator board opens with numbers against the province plan's targets.</summary>
public sealed class DemoDossiers(DossierImporter importer, IndicatorComputer computer, TimeProvider time)
{
    /// <summary>Dossiers of a whole demo year; the export taken today holds the share received so far.</summary>
    private const int PerYear = 24_000;

    public async Task CreateAsync(CancellationToken ct)
    {
        var now = VietnamTime.ToLocal(time.GetUtcNow()).DateTime;
        var file = Path.Combine(Path.GetTempPath(), $"parplan-demo-dossiers-{Guid.NewGuid():N}.csv");
        try
        {
            // An export taken now: dossiers received later are not in it.
            await using (var stream = File.Create(file))
            {
                SyntheticDossiers.Write(stream, new SyntheticDossierOptions
                {
                    Count = PerYear, Year = now.Year, Seed = 2026, UnitCodes = DemoDossierUnits.Codes(now.Year), ExportedAtLocal = now,
                });
            }

            await importer.ImportAsync(file, "demo", "ho-so-demo.csv", ct: ct);
            await computer.ComputeAsync(importer.Counts, ct);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
