using System.Globalization;
using CsCheck;
using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Tests.Dossiers;

public class DossierCodesPropertyTests
{
    private static readonly Gen<DateTime> LocalInstants =
        Gen.Int[0, 200 * 365 * 24 * 60].Select(minutes => new DateTime(1950, 1, 1).AddMinutes(minutes))
            .SelectMany(d => Gen.Int[0, 59].Select(s => d.AddSeconds(s)));

    [Fact]
    public void Any_local_instant_written_in_either_format_parses_to_the_same_utc_instant()
    {
        LocalInstants.Sample(local =>
        {
            var expected = new DateTimeOffset(local, TimeSpan.FromHours(7)).ToUniversalTime();
            var iso = local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            var vn = local.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
            return DossierCodes.TryParseLocalInstant(iso, out var a) && a == expected
                && DossierCodes.TryParseLocalInstant(vn, out var b) && b == expected
                && DossierCodes.FormatLocal(a) == iso;
        });
    }
}
