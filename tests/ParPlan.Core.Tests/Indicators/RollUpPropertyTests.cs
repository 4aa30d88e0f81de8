using CsCheck;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;

namespace ParPlan.Core.Tests.Indicators;

/// <summary>
/// The roll-up invariant on random provinces with mergers, renames, re-parentings and abolitions, and dossiers dated
/// before their unit existed, during its life and after it ended: for every period and every counter, each unit's
/// total equals the count over its own dossiers taken straight from the records, and the province's total holds every
/// dossier exactly once.
/// </summary>
public class RollUpPropertyTests
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    private static List<DossierRecord> RandomDossiers(Random rng, IReadOnlyList<string> units, int count)
    {
        var origin = new DateTimeOffset(2024, 10, 1, 0, 0, 0, Vn);
        var statuses = Enum.GetValues<DossierStatus>();
        var list = new List<DossierRecord>();
        for (var i = 0; i < count; i++)
        {
            var received = origin.AddMinutes(rng.Next(0, 60 * 24 * 500));
            var due = received.AddHours(rng.Next(1, 24 * 40));
            DateTimeOffset? finished = rng.NextDouble() < 0.75 ? received.AddHours(rng.Next(0, 24 * 60)) : null;
            list.Add(new DossierRecord
            {
                Code = "R" + i,
                UnitCode = units[rng.Next(units.Count)],
                Field = rng.Next(2) == 0 ? "Đất đai" : "Hộ tịch",
                ReceivedAt = received.ToUniversalTime(),
                DueAt = due.ToUniversalTime(),
                FinishedAt = finished?.ToUniversalTime(),
                Status = statuses[rng.Next(statuses.Length)],
                Channel = (DossierChannel)rng.Next(3),
                HasFees = rng.Next(3) switch { 0 => true, 1 => false, _ => null },
                PaidOnline = rng.Next(2) == 0,
                DossierDigitised = rng.Next(2) == 0,
                Apologised = rng.Next(3) switch { 0 => true, 1 => false, _ => null },
                Rating = rng.Next(3) == 0 ? (byte)rng.Next(1, 6) : null,
            });
        }
        return list;
    }

    /// <summary>The counters of the records, all counted as one unit: the count straight from the rows.</summary>
    private static PeriodCounts Straight(IEnumerable<DossierRecord> records, ReportingPeriod period)
    {
        var counts = DossierFactory.Count(period.Year, records.Select(r => r with { UnitCode = "ALL" }));
        return counts.For("ALL", period);
    }

    private static bool Same(PeriodCounts a, PeriodCounts b) => Enum.GetValues<DossierCounter>().All(c => a[c] == b[c]);

    [Fact]
    public void Every_unit_total_equals_the_count_over_its_own_dossiers_whatever_the_dates_of_their_units()
    {
        Gen.Int.Sample(seed =>
        {
            var rng = new Random(seed);
            var org = RandomOrg.Generate(rng);
            var units = org.Codes.ToList();
            var records = RandomDossiers(rng, units, 400);
            var counts = DossierFactory.Count(2025, records);
            var engine = new IndicatorEngine(new IndicatorEngineOptions { Hierarchy = org.Hierarchy });
            foreach (var period in ReportingPeriod.AllOf(2025))
            {
                var totals = engine.RollUp(counts, period);
                foreach (var unit in units)
                {
                    var own = records.Where(r => r.UnitCode == unit || org.ChainOf(r.UnitCode, period.To).Contains(unit));
                    var expected = Straight(own, period);
                    var actual = totals.TryGetValue(new DossierBucket(unit, "", ""), out var t) ? t : new PeriodCounts();
                    if (!Same(expected, actual)) return false;
                }
            }
            return true;
        }, iter: 150);
    }

    [Fact]
    public void The_province_total_holds_every_dossier_exactly_once_and_every_chain_ends_at_the_province()
    {
        Gen.Int.Sample(seed =>
        {
            var rng = new Random(seed);
            var org = RandomOrg.Generate(rng);
            var units = org.Codes.ToList();
            var records = RandomDossiers(rng, units, 300);
            var counts = DossierFactory.Count(2025, records);
            var engine = new IndicatorEngine(new IndicatorEngineOptions { Hierarchy = org.Hierarchy });
            foreach (var period in ReportingPeriod.AllOf(2025))
            {
                foreach (var unit in units.Where(u => u != RandomOrg.Root))
                {
                    var chain = org.Hierarchy.AncestorsOf(unit, period.To);
                    if (chain.Count == 0 || chain[^1] != RandomOrg.Root || chain.Distinct().Count() != chain.Count) return false;
                }
                if (!Same(Straight(records, period), engine.RollUp(counts, period)[new DossierBucket(RandomOrg.Root, "", "")])) return false;
            }
            return true;
        }, iter: 150);
    }

    [Fact]
    public void Dossiers_counted_outside_their_unit_dates_are_reported_for_the_unit_and_every_ancestor()
    {
        // Commune X created on 1/7/2025 under the province; district H has communes until then.
        var tree = new UnitHierarchy().Link("X", "P", new DateOnly(2025, 7, 1)).Link("H", "P").Link("H.A", "H", null, new DateOnly(2025, 6, 30))
            .Link("H.A", "X", new DateOnly(2025, 7, 1));
        var records = new[]
        {
            DossierFactory.Make("1", "X", "2025-02-03T08:00", "2025-02-10T17:00", "2025-02-05T09:00"),
            DossierFactory.Make("2", "X", "2025-03-03T08:00", "2025-03-10T17:00"),
            DossierFactory.Make("3", "H.A", "2025-02-03T08:00", "2025-02-10T17:00", "2025-02-05T09:00"),
            DossierFactory.Make("4", "X", "2025-08-03T08:00", "2025-08-10T17:00", "2025-08-05T09:00"),
        };
        var counts = DossierFactory.Count(2025, records);
        var engine = new IndicatorEngine(new IndicatorEngineOptions { Hierarchy = tree });

        var q1 = ReportingPeriod.Parse("2025-Q1");
        var outside = engine.OutsideUnitDates(counts, q1);

        Assert.Equal(new OutsideDatesCount(2, 1), outside.ByUnit["X"]);
        Assert.Equal(new OutsideDatesCount(2, 1), outside.ByUnit["P"]);
        Assert.Equal(new OutsideDatesCount(2, 1), outside.Total);
        Assert.False(outside.ByUnit.ContainsKey("H"));
        Assert.Equal(3, engine.RollUp(counts, q1)[new DossierBucket("P", "", "")][DossierCounter.Received]);
        Assert.Empty(engine.OutsideUnitDates(counts, ReportingPeriod.Parse("2025-Q3")).ByUnit);
    }
}
