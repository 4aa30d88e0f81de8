using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;
using static ParPlan.Core.Tests.Indicators.DossierFactory;

namespace ParPlan.Core.Tests.Indicators;

public class IndicatorCatalogTests
{
    [Fact]
    public void The_catalogue_holds_the_five_contract_codes_computed_from_dossiers()
    {
        foreach (var code in IndicatorCodes.Contract)
        {
            var def = IndicatorCatalog.Find(code);
            Assert.NotNull(def);
            Assert.Equal(IndicatorSource.Dossiers, def.Source);
            Assert.False(def.IsManual);
        }
        Assert.Equal(IndicatorKind.Count, IndicatorCatalog.Find(IndicatorCodes.LateWithoutApology)!.Kind);
    }

    [Fact]
    public void Codes_are_unique_and_every_dossier_indicator_has_a_default_formula()
    {
        Assert.Equal(IndicatorCatalog.All.Count, IndicatorCatalog.All.Select(d => d.Code).Distinct().Count());
        Assert.All(IndicatorCatalog.FromDossiers, d => Assert.Contains(d.Code, IndicatorConvention.ContractDefault.Codes));
        Assert.All(IndicatorCatalog.All.Where(d => d.Kind == IndicatorKind.Rate), d => Assert.NotNull(d.Denominator));
    }

    [Fact]
    public void Non_dossier_indicators_are_marked_manual_and_level_bound_ones_say_so()
    {
        var manual = IndicatorCatalog.All.Where(d => d.IsManual).Select(d => d.Code).ToList();

        Assert.Contains(IndicatorCodes.InspectionCoverage, manual);
        Assert.Contains(IndicatorCodes.StaffReduction, manual);
        Assert.Contains(IndicatorCodes.SubordinatePlansOnTime, manual);
        Assert.Contains(IndicatorCodes.BoundaryFreeRate, manual);
        var signatures = IndicatorCatalog.Find(IndicatorCodes.UnitDigitalSignatureRate)!;
        Assert.True(signatures.AppliesTo(GovernmentLevel.Commune));
        Assert.False(signatures.AppliesTo(GovernmentLevel.National));
    }

    [Fact]
    public void Decision_766_groups_are_estimated_from_dossier_rates_and_publicity_is_left_out()
    {
        DossierRecord[] records =
        [
            Make("1", "X", "2025-04-01T08:00", "2025-04-03T17:00", "2025-04-02T08:00", channel: DossierChannel.Online,
                digitised: true, resultDigitised: true, reused: true, fees: true, paidOnline: true, rating: 5),
            Make("2", "X", "2025-04-01T08:00", "2025-04-03T17:00", "2025-04-04T08:00", digitised: false,
                resultDigitised: false, reused: false, fees: true, paidOnline: false, rating: 3),
        ];
        var counts = Count(2025, records).For("X", ReportingPeriod.Month(2025, 4));

        var estimate = Decision766Estimator.Estimate(counts);

        var groups = estimate.Groups.ToDictionary(g => g.Group);
        Assert.Null(groups[Decision766Group.Publicity].Points);
        Assert.Equal(10.00m, groups[Decision766Group.Progress].Points);
        Assert.Equal(11.00m, groups[Decision766Group.Digitisation].Points);
        Assert.Equal(11.00m, groups[Decision766Group.OnlineServices].Points);
        Assert.Equal(9.00m, groups[Decision766Group.Satisfaction].Points);
        Assert.Equal(41.00m, estimate.Points);
        Assert.Equal(82m, estimate.MaxPoints);
    }

    [Fact]
    public void The_engine_estimates_766_groups_for_each_rolled_up_unit()
    {
        var tree = new UnitHierarchy().Link("X1", "T").Link("X2", "T");
        DossierRecord[] records =
        [
            Make("1", "X1", "2025-04-01T08:00", "2025-04-03T17:00", "2025-04-02T08:00"),
            Make("2", "X2", "2025-04-01T08:00", "2025-04-03T17:00", "2025-04-04T08:00"),
        ];

        var scores = new IndicatorEngine(new IndicatorEngineOptions { Hierarchy = tree })
            .Estimate766(Count(2025, records), ReportingPeriod.Quarter(2025, 2));

        Assert.Equal(20m, scores["X1"].Groups.Single(g => g.Group == Decision766Group.Progress).Points);
        Assert.Equal(0m, scores["X2"].Groups.Single(g => g.Group == Decision766Group.Progress).Points);
        Assert.Equal(10m, scores["T"].Groups.Single(g => g.Group == Decision766Group.Progress).Points);
        Assert.Null(scores["T"].Groups.Single(g => g.Group == Decision766Group.Satisfaction).Points);
    }
}
