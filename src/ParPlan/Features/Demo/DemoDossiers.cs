using System.Globalization;
using ParPlan.Core.Dossiers;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Demo;

/// <summary>The current year's one-stop dossiers of the demo province up to today (synthetic, seeded), imported through
/// the real importer and computed, so the indicator board opens with numbers against the province plan's targets.</summary>
public sealed class DemoDossiers(DossierImporter importer, IndicatorComputer computer, TimeProvider time)
{
    /// <summary>Dossiers of a whole demo year; the share received by today is kept.</summary>
    private const int PerYear = 24_000;

    public async Task CreateAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime;
        var generated = Path.Combine(Path.GetTempPath(), $"parplan-demo-dossiers-{Guid.NewGuid():N}.csv");
        var kept = generated + ".den-hom-nay.csv";
        try
        {
            await using (var file = File.Create(generated))
            {
                SyntheticDossiers.Write(file, new SyntheticDossierOptions
                {
                    Count = PerYear, Year = now.Year, Seed = 2026, UnitCodes = DemoDossierUnits.Codes(now.Year), ExportedAtLocal = now,
                });
            }

            // The generator spreads receipts over the whole year; the demo keeps those received by now.
            var receivedColumn = DossierCodes.Columns.ToList().IndexOf("ngay_tiep_nhan");
            var cutoff = now.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
            await File.WriteAllLinesAsync(kept, File.ReadLines(generated).Where((line, i) => i == 0 || string.CompareOrdinal(Field(line, receivedColumn), cutoff) <= 0), ct);
            await importer.ImportAsync(kept, "demo", "ho-so-demo.csv", ct: ct);
            await computer.ComputeAsync(importer.Counts, ct);
        }
        finally
        {
            File.Delete(generated);
            File.Delete(kept);
        }
    }

    /// <summary>The <paramref name="index"/>th comma-separated field, skipping quoted commas (procedure names have them).</summary>
    private static string Field(string line, int index)
    {
        var field = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ',' && !quoted)
            {
                if (field == index)
                {
                    return line[start..i];
                }

                field++;
                start = i + 1;
            }
        }

        return field == index ? line[start..] : "";
    }
}
