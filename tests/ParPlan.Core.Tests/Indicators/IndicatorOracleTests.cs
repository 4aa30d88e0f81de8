using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;

namespace ParPlan.Core.Tests.Indicators;

/// <summary>
/// Checks the month-atom engine against a naive evaluation of the contract's wording, period by period,
/// on random dossiers that cross months and years, stay open, are withdrawn or refused, or close without a date.
/// </summary>
public class IndicatorOracleTests
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    private static List<DossierRecord> RandomDossiers(int seed, int count)
    {
        var rng = new Random(seed);
        var origin = new DateTimeOffset(2024, 11, 1, 0, 0, 0, Vn);
        var statuses = Enum.GetValues<DossierStatus>();
        var list = new List<DossierRecord>();
        for (int i = 0; i < count; i++)
        {
            var received = origin.AddMinutes(rng.Next(0, 60 * 24 * 440));
            var due = received.AddHours(rng.Next(1, 24 * 40));
            var status = statuses[rng.Next(statuses.Length)];
            DateTimeOffset? finished = rng.NextDouble() < 0.75 ? received.AddHours(rng.Next(0, 24 * 60)) : null;
            if (rng.NextDouble() < 0.02) finished = due;
            list.Add(new DossierRecord
            {
                Code = "R" + i,
                UnitCode = rng.Next(3) == 0 ? "U1" : "U2",
                Field = rng.Next(2) == 0 ? "Đất đai" : "Hộ tịch",
                ReceivedAt = received.ToUniversalTime(),
                DueAt = due.ToUniversalTime(),
                FinishedAt = finished?.ToUniversalTime(),
                Status = status,
                Channel = (DossierChannel)rng.Next(3),
                HasFees = rng.Next(3) switch { 0 => true, 1 => false, _ => null },
                PaidOnline = rng.Next(2) == 0,
                DossierDigitised = rng.Next(3) switch { 0 => true, 1 => false, _ => null },
                Apologised = rng.Next(3) switch { 0 => true, 1 => false, _ => null },
            });
        }
        return list;
    }

    private static bool In(DateTimeOffset t, DateTimeOffset start, DateTimeOffset end) => t >= start && t < end;

    /// <summary>The contract's definitions, read literally.</summary>
    private static Dictionary<string, (long Num, long? Den)> Oracle(IEnumerable<DossierRecord> records, ReportingPeriod p)
    {
        var start = new DateTimeOffset(p.From.ToDateTime(TimeOnly.MinValue), Vn);
        var end = new DateTimeOffset(p.To.AddDays(1).ToDateTime(TimeOnly.MinValue), Vn);
        var rs = records.ToList();
        var received = rs.Where(r => In(r.ReceivedAt, start, end)).ToList();
        var finished = rs.Where(r => r.FinishedAt is { } f && In(f, start, end) && r.Status != DossierStatus.Withdrawn).ToList();
        var fees = received.Where(r => r.HasFees == true).ToList();
        bool OpenAtEnd(DossierRecord r) => r.ReceivedAt < end
            && (r.FinishedAt is { } f ? f >= end : r.Status is DossierStatus.InProcess or DossierStatus.AwaitingAdditions);
        long late = rs.Count(r => r.Status != DossierStatus.Withdrawn && r.Apologised != true
            && ((r.FinishedAt is { } f && In(f, start, end) && f > r.DueAt) || (OpenAtEnd(r) && r.DueAt < end)));
        return new()
        {
            [IndicatorCodes.OnTimeRate] = (finished.Count(r => r.FinishedAt <= r.DueAt), finished.Count),
            [IndicatorCodes.OnlineRate] = (received.Count(r => r.Channel == DossierChannel.Online), received.Count),
            [IndicatorCodes.OnlinePaymentRate] = (fees.Count(r => r.PaidOnline == true), fees.Count),
            [IndicatorCodes.DigitisedRate] = (received.Count(r => r.DossierDigitised == true), received.Count),
            [IndicatorCodes.LateWithoutApology] = (late, null),
        };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_period_of_the_year_matches_the_contract_definitions_evaluated_directly(int seed)
    {
        var records = RandomDossiers(seed, 1_500);
        var counts = DossierFactory.Count(2025, records);
        var tree = new UnitHierarchy().Link("U1", "ROOT").Link("U2", "ROOT");
        var engine = new IndicatorEngine(new IndicatorEngineOptions { Hierarchy = tree, Codes = IndicatorCodes.Contract });

        foreach (var period in ReportingPeriod.AllOf(2025))
        {
            var values = engine.Compute(counts, period);
            foreach (var unit in new[] { "U1", "U2", "ROOT" })
            {
                var expected = Oracle(records.Where(r => unit == "ROOT" || r.UnitCode == unit), period);
                foreach (var (code, (num, den)) in expected)
                {
                    var v = values.Single(x => x.Code == code && x.UnitCode == unit);
                    Assert.True((num, den) == (v.Numerator, v.Denominator),
                        $"{period.Code} {unit} {code}: expected {num}/{den}, got {v.Numerator}/{v.Denominator}");
                }
            }
            var lateCodes = engine.LateWithoutApology(counts, period, "ROOT").Select(d => d.Code).ToHashSet();
            Assert.Equal(expectedLate(period), lateCodes.Count);
        }

        long expectedLate(ReportingPeriod p) => Oracle(records, p)[IndicatorCodes.LateWithoutApology].Num;
    }
}
