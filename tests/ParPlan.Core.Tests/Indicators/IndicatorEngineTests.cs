using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using static ParPlan.Core.Tests.Indicators.DossierFactory;

namespace ParPlan.Core.Tests.Indicators;

public class IndicatorEngineTests
{
    /// <summary>
    /// A: received 20/3, due 28/3, finished late 3/4 (no apology) — crosses Q1→Q2, overdue at the end of March.
    /// B: received 25/3, due 10/4, finished on time 8/4 — crosses Q1→Q2.
    /// C: received 10/2, finished on time 19/2. F: received 20/12/2024, finished late 10/1/2025, no apology.
    /// D: received 20/6, due 27/6, still open, no apology. E: received 25/6, due 5/7, still open, apologised.
    /// </summary>
    private static readonly DossierRecord[] Crossing =
    [
        Make("A", "XA-01", "2025-03-20T08:00", "2025-03-28T17:00", "2025-04-03T10:00", apologised: false),
        Make("B", "XA-01", "2025-03-25T08:00", "2025-04-10T17:00", "2025-04-08T10:00"),
        Make("C", "XA-01", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-19T10:00"),
        Make("D", "XA-01", "2025-06-20T08:00", "2025-06-27T17:00"),
        Make("E", "XA-01", "2025-06-25T08:00", "2025-07-05T17:00", apologised: true, status: DossierStatus.AwaitingAdditions),
        Make("F", "XA-01", "2024-12-20T08:00", "2025-01-05T17:00", "2025-01-10T10:00"),
    ];

    private static IndicatorValue Value(IEnumerable<IndicatorValue> values, string code, string unit = "XA-01") =>
        values.Single(v => v.Code == code && v.UnitCode == unit && v.Field is null);

    [Theory]
    [InlineData("2025-M03", null, 0L, 1L)]
    [InlineData("2025-Q1", 50.00, 2L, 2L)]
    [InlineData("2025-M04", 50.00, 2L, 1L)]
    [InlineData("2025-Q2", 50.00, 2L, 2L)]
    [InlineData("2025-H1", 50.00, 4L, 3L)]
    [InlineData("2025-Q3", null, 0L, 1L)]
    [InlineData("2025-9M", 50.00, 4L, 3L)]
    [InlineData("2025", 50.00, 4L, 3L)]
    public void Dossiers_crossing_periods_and_pending_at_period_end_count_in_the_right_periods(
        string period, double? onTime, long finished, long lateWithoutApology)
    {
        var counts = Count(2025, Crossing);

        var values = new IndicatorEngine().Compute(counts, ReportingPeriod.Parse(period));

        var rate = Value(values, IndicatorCodes.OnTimeRate);
        Assert.Equal(finished, rate.Denominator);
        Assert.Equal(onTime is null ? null : (decimal)onTime.Value, rate.Value);
        var late = Value(values, IndicatorCodes.LateWithoutApology);
        Assert.Equal(lateWithoutApology, late.Numerator);
        Assert.Null(late.Denominator);
        Assert.Equal(lateWithoutApology, late.Value);
    }

    [Fact]
    public void Pending_and_overdue_at_year_end_include_apologised_dossiers_only_in_the_apology_rate()
    {
        var counts = Count(2025, Crossing);

        var values = new IndicatorEngine().Compute(counts, ReportingPeriod.ForYear(2025));

        Assert.Equal(2, Value(values, IndicatorCodes.OverdueAtEnd).Numerator);
        var apology = Value(values, IndicatorCodes.LateApologyRate);
        Assert.Equal(1, apology.Numerator);
        Assert.Equal(4, apology.Denominator);
        Assert.Equal(25.00m, apology.Value);
        Assert.Equal(5, Value(values, IndicatorCodes.Received).Numerator);
    }

    [Fact]
    public void The_late_list_holds_exactly_the_dossiers_late_without_apology_in_the_period()
    {
        var counts = Count(2025, Crossing);
        var engine = new IndicatorEngine();

        Assert.Equal(["A", "D"], engine.LateWithoutApology(counts, ReportingPeriod.Quarter(2025, 2), "XA-01").Select(d => d.Code).Order());
        Assert.Equal(["A", "F"], engine.LateWithoutApology(counts, ReportingPeriod.Quarter(2025, 1), "XA-01").Select(d => d.Code).Order());
        Assert.Equal(["D"], engine.LateWithoutApology(counts, ReportingPeriod.Quarter(2025, 3), "XA-01").Select(d => d.Code));
        Assert.Empty(engine.LateWithoutApology(counts, ReportingPeriod.Quarter(2025, 2), "XA-02"));
    }

    [Fact]
    public void Withdrawn_dossiers_count_for_received_rates_but_not_on_time_and_refused_ones_count_for_both()
    {
        DossierRecord[] may =
        [
            Make("W", "XA-01", "2025-05-05T08:00", "2025-05-15T17:00", "2025-05-20T10:00", DossierStatus.Withdrawn,
                DossierChannel.Online, digitised: true),
            Make("W2", "XA-01", "2025-05-09T08:00", "2025-05-10T17:00", status: DossierStatus.Withdrawn),
            Make("R", "XA-01", "2025-05-06T08:00", "2025-05-15T17:00", "2025-05-14T10:00", DossierStatus.Refused),
            Make("R2", "XA-01", "2025-05-07T08:00", "2025-05-09T17:00", "2025-05-12T10:00", DossierStatus.Refused),
            Make("N", "XA-01", "2025-05-08T08:00", "2025-05-20T17:00", "2025-05-19T10:00", channel: DossierChannel.Online,
                fees: true, paidOnline: true, digitised: false),
        ];

        var values = new IndicatorEngine().Compute(Count(2025, may), ReportingPeriod.Month(2025, 5));

        var online = Value(values, IndicatorCodes.OnlineRate);
        Assert.Equal((2L, (long?)5L, (decimal?)40.00m), (online.Numerator, online.Denominator, online.Value));
        var digitised = Value(values, IndicatorCodes.DigitisedRate);
        Assert.Equal((1L, (long?)5L, (decimal?)20.00m), (digitised.Numerator, digitised.Denominator, digitised.Value));
        var onTime = Value(values, IndicatorCodes.OnTimeRate);
        Assert.Equal((2L, (long?)3L, (decimal?)66.67m), (onTime.Numerator, onTime.Denominator, onTime.Value));
        var payment = Value(values, IndicatorCodes.OnlinePaymentRate);
        Assert.Equal((1L, (long?)1L, (decimal?)100m), (payment.Numerator, payment.Denominator, payment.Value));
        Assert.Equal(1, Value(values, IndicatorCodes.LateWithoutApology).Numerator);
    }

    [Fact]
    public void A_zero_denominator_gives_a_null_value_not_zero()
    {
        DossierRecord[] open = [Make("P", "XA-01", "2025-08-01T08:00", "2025-08-30T17:00")];

        var values = new IndicatorEngine().Compute(Count(2025, open), ReportingPeriod.Month(2025, 8));

        var onTime = Value(values, IndicatorCodes.OnTimeRate);
        Assert.Equal(0, onTime.Denominator);
        Assert.Null(onTime.Value);
        var payment = Value(values, IndicatorCodes.OnlinePaymentRate);
        Assert.Equal(0, payment.Denominator);
        Assert.Null(payment.Value);
        Assert.Equal(0m, Value(values, IndicatorCodes.OnlineRate).Value);
    }

    [Fact]
    public void Units_merged_in_2025_roll_up_into_their_successor_for_periods_ending_after_the_merger()
    {
        var cutover = new DateOnly(2025, 7, 1);
        var before = new DateOnly(2025, 6, 30);
        var tree = new UnitHierarchy()
            .Link("HUYEN-A", "TINH", to: before)
            .Link("XA-1", "HUYEN-A", to: before).Link("XA-1", "XA-MOI", from: cutover)
            .Link("XA-2", "HUYEN-A", to: before).Link("XA-2", "XA-MOI", from: cutover)
            .Link("XA-MOI", "TINH", from: cutover);
        DossierRecord[] records =
        [
            Make("1", "XA-1", "2025-03-02T08:00", "2025-03-05T17:00", channel: DossierChannel.Online),
            Make("2", "XA-1", "2025-03-03T08:00", "2025-03-05T17:00"),
            Make("3", "XA-2", "2025-03-04T08:00", "2025-03-05T17:00", channel: DossierChannel.Online),
            Make("4", "XA-MOI", "2025-08-04T08:00", "2025-08-05T17:00"),
        ];
        var counts = Count(2025, records);
        var engine = new IndicatorEngine(new IndicatorEngineOptions { Hierarchy = tree, Codes = [IndicatorCodes.OnlineRate] });

        var q1 = engine.Compute(counts, ReportingPeriod.Quarter(2025, 1));
        var year = engine.Compute(counts, ReportingPeriod.ForYear(2025));

        Assert.Equal(["HUYEN-A", "TINH", "XA-1", "XA-2", "XA-MOI"], q1.Select(v => v.UnitCode));
        Assert.Equal(0, Value(q1, IndicatorCodes.OnlineRate, "XA-MOI").Denominator);
        Assert.Null(Value(q1, IndicatorCodes.OnlineRate, "XA-MOI").Value);
        Assert.Equal(66.67m, Value(q1, IndicatorCodes.OnlineRate, "HUYEN-A").Value);
        Assert.Equal(3, Value(q1, IndicatorCodes.OnlineRate, "TINH").Denominator);
        Assert.Equal(50.00m, Value(q1, IndicatorCodes.OnlineRate, "XA-1").Value);
        Assert.Equal(["TINH", "XA-1", "XA-2", "XA-MOI"], year.Select(v => v.UnitCode));
        var successor = Value(year, IndicatorCodes.OnlineRate, "XA-MOI");
        Assert.Equal((2L, (long?)4L, (decimal?)50.00m), (successor.Numerator, successor.Denominator, successor.Value));
        Assert.Equal(4, Value(year, IndicatorCodes.OnlineRate, "TINH").Denominator);
    }

    [Fact]
    public void Values_and_Decision_766_estimates_from_one_roll_up_equal_those_computed_apart()
    {
        var tree = new UnitHierarchy().Link("XA-01", "HUYEN").Link("XA-02", "HUYEN").Link("HUYEN", "TINH");
        var counts = Count(2025, [.. Crossing, Make("G", "XA-02", "2025-03-02T08:00", "2025-03-05T17:00", "2025-03-04T10:00", channel: DossierChannel.Online)]);
        var engine = new IndicatorEngine(new IndicatorEngineOptions { Hierarchy = tree, ByField = true });

        foreach (var period in ReportingPeriod.AllOf(2025))
        {
            var (values, estimates) = engine.ComputeWithEstimates(counts, period);

            Assert.Equal(engine.Compute(counts, period), values);
            var apart = engine.Estimate766(counts, period);
            Assert.Equal(apart.Keys.Order(StringComparer.Ordinal), estimates.Keys.Order(StringComparer.Ordinal));
            Assert.All(apart, e => Assert.Equal((e.Value.Points, e.Value.MaxPoints), (estimates[e.Key].Points, estimates[e.Key].MaxPoints)));
        }
    }

    [Fact]
    public void A_parent_rate_pools_raw_counts_instead_of_averaging_child_rates()
    {
        var tree = new UnitHierarchy().Link("X1", "T").Link("X2", "T");
        var records = new List<DossierRecord> { Make("a", "X1", "2025-01-06T08:00", "2025-01-07T17:00", channel: DossierChannel.Online) };
        for (int i = 0; i < 3; i++) records.Add(Make("b" + i, "X2", "2025-01-06T08:00", "2025-01-07T17:00"));

        var values = new IndicatorEngine(new IndicatorEngineOptions { Hierarchy = tree }).Compute(Count(2025, records), ReportingPeriod.Month(2025, 1));

        Assert.Equal(100m, Value(values, IndicatorCodes.OnlineRate, "X1").Value);
        Assert.Equal(0m, Value(values, IndicatorCodes.OnlineRate, "X2").Value);
        Assert.Equal(25.00m, Value(values, IndicatorCodes.OnlineRate, "T").Value);
    }

    [Fact]
    public void The_received_in_period_convention_divides_by_dossiers_received_in_the_period()
    {
        var engine = new IndicatorEngine(new IndicatorEngineOptions { Convention = IndicatorConvention.ByName("received-in-period") });

        var q1 = engine.Compute(Count(2025, Crossing), ReportingPeriod.Quarter(2025, 1));

        var onTime = Value(q1, IndicatorCodes.OnTimeRate);
        Assert.Equal((2L, (long?)3L, (decimal?)66.67m), (onTime.Numerator, onTime.Denominator, onTime.Value));
    }

    [Fact]
    public void The_carry_over_convention_adds_dossiers_pending_at_the_start_and_counts_open_overdue_ones_as_late()
    {
        var engine = new IndicatorEngine(new IndicatorEngineOptions { Convention = IndicatorConvention.CarryOver });

        var q2 = engine.Compute(Count(2025, Crossing), ReportingPeriod.Quarter(2025, 2));

        var onTime = Value(q2, IndicatorCodes.OnTimeRate);
        Assert.Equal((2L, (long?)4L, (decimal?)50.00m), (onTime.Numerator, onTime.Denominator, onTime.Value));
        Assert.Equal("carry-over", IndicatorConvention.CarryOver.Name);
        Assert.Same(IndicatorConvention.ContractDefault, IndicatorConvention.ByName("không có"));
    }

    [Fact]
    public void An_as_of_instant_evaluates_later_month_ends_at_the_export_time()
    {
        DossierRecord[] july = [Make("G", "XA-01", "2025-07-10T08:00", "2025-07-20T17:00")];
        var period = ReportingPeriod.Month(2025, 7);

        var full = new IndicatorEngine().Compute(Count(2025, july), period);
        var asOf = new IndicatorEngine().Compute(Count(2025, july, new DossierAccumulatorOptions { AsOf = Local("2025-07-15T12:00") }), period);

        Assert.Equal(1, Value(full, IndicatorCodes.LateWithoutApology).Numerator);
        Assert.Equal(0, Value(asOf, IndicatorCodes.LateWithoutApology).Numerator);
    }

    [Fact]
    public void Values_per_field_are_emitted_when_asked_and_add_up_to_the_unit_total()
    {
        DossierRecord[] records =
        [
            Make("1", "XA-01", "2025-09-01T08:00", "2025-09-02T17:00", channel: DossierChannel.Online, field: "Đất đai"),
            Make("2", "XA-01", "2025-09-01T08:00", "2025-09-02T17:00", field: "Đất đai"),
            Make("3", "XA-01", "2025-09-01T08:00", "2025-09-02T17:00", channel: DossierChannel.Online, field: "Hộ tịch"),
        ];
        var engine = new IndicatorEngine(new IndicatorEngineOptions { ByField = true, Codes = [IndicatorCodes.OnlineRate] });

        var values = engine.Compute(Count(2025, records), ReportingPeriod.Month(2025, 9));

        Assert.Equal(50.00m, values.Single(v => v.Field == "Đất đai").Value);
        Assert.Equal(100m, values.Single(v => v.Field == "Hộ tịch").Value);
        Assert.Equal(66.67m, values.Single(v => v.Field is null).Value);
    }

    [Fact]
    public void Values_per_procedure_are_emitted_when_counts_keep_procedures()
    {
        DossierRecord[] records =
        [
            Make("1", "XA-01", "2025-09-01T08:00", "2025-09-02T17:00", "2025-09-02T08:00") with { ProcedureCode = "1.001193" },
            Make("2", "XA-01", "2025-09-01T08:00", "2025-09-02T17:00", "2025-09-03T08:00") with { ProcedureCode = "1.004227" },
            Make("3", "XA-01", "2025-09-01T08:00", "2025-09-02T17:00", "2025-09-04T08:00") with { ProcedureCode = "1.004227" },
        ];
        var counts = Count(2025, records, new DossierAccumulatorOptions { ByProcedure = true });
        var engine = new IndicatorEngine(new IndicatorEngineOptions { ByProcedure = true, Codes = [IndicatorCodes.OnTimeRate] });

        var values = engine.Compute(counts, ReportingPeriod.Month(2025, 9));

        Assert.Equal(100m, values.Single(v => v.ProcedureCode == "1.001193").Value);
        Assert.Equal((0L, (long?)2L), values.Single(v => v.ProcedureCode == "1.004227") is var p ? (p.Numerator, p.Denominator) : default);
        Assert.Equal(33.33m, values.Single(v => v.ProcedureCode is null).Value);
        Assert.Equal(2, counts.For("XA-01", "Hộ tịch", ReportingPeriod.Month(2025, 9), "1.004227")[DossierCounter.Finished]);
        Assert.Equal(3, counts.For("XA-01", "Hộ tịch", ReportingPeriod.Month(2025, 9))[DossierCounter.Finished]);
    }

    [Fact]
    public void Computing_a_whole_year_gives_every_code_for_all_twenty_periods()
    {
        var values = new IndicatorEngine().ComputeYear(Count(2025, Crossing));

        Assert.Equal(20, values.Select(v => v.Period).Distinct().Count());
        Assert.All(IndicatorCodes.Contract, code => Assert.Equal(20, values.Count(v => v.Code == code)));
    }

    [Fact]
    public void Counts_from_another_year_are_refused()
    {
        var counts = Count(2025, Crossing);

        Assert.Throws<ArgumentException>(() => new IndicatorEngine().Compute(counts, ReportingPeriod.ForYear(2024)));
    }
}
