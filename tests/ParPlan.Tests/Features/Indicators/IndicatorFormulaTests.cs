using ParPlan.Core.Indicators;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>Indicator values through the store (import → compute → query) on small hand-computed datasets.</summary>
public class IndicatorFormulaTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dossier_still_pending_and_overdue_at_the_period_end_counts_as_late_without_apology_and_leaves_the_on_time_rate_empty(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([
            Row("HS1", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", null, "dang_xu_ly"),
            Row("HS2", "T.H1.X1", "2025-02-11T08:00", "2025-04-20T17:00", null, "dang_xu_ly"),
        ]));
        await store.ComputeAsync();

        var q1 = await store.ValuesAsync(store.Org.Province, "2025-Q1");

        Assert.Equal(1, Value(q1, IndicatorCodes.LateWithoutApology, "T.H1.X1").Value);
        Assert.Equal(1, Value(q1, IndicatorCodes.OverdueAtEnd, "T.H1").Value);
        var onTime = Value(q1, IndicatorCodes.OnTimeRate, "T.H1.X1");
        Assert.Equal(0, onTime.Denominator);
        Assert.Null(onTime.Value);
        Assert.Equal("—", BoardFormat.Value(onTime.Value, "%"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dossier_received_in_march_and_finished_late_in_april_is_overdue_in_q1_late_in_q2_and_counted_once_in_h1(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([
            Row("HS1", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", "2025-04-05T09:00", "da_tra"),
            Row("HS2", "T.H1.X1", "2025-03-11T08:00", "2025-04-30T17:00", "2025-04-06T09:00", "da_tra", apologised: ""),
        ]));
        await store.ComputeAsync();

        var q1 = await store.ValuesAsync(store.Org.Province, "2025-Q1");
        var q2 = await store.ValuesAsync(store.Org.Province, "2025-Q2");
        var h1 = await store.ValuesAsync(store.Org.Province, "2025-H1");

        Assert.Equal(1, Value(q1, IndicatorCodes.LateWithoutApology, "T.H1.X1").Value);
        Assert.Equal(2, Value(q1, IndicatorCodes.Received, "T.H1.X1").Value);
        var q2OnTime = Value(q2, IndicatorCodes.OnTimeRate, "T.H1.X1");
        Assert.Equal((1L, 2L, 50m), (q2OnTime.Numerator, q2OnTime.Denominator!.Value, q2OnTime.Value!.Value));
        Assert.Equal(1, Value(h1, IndicatorCodes.LateWithoutApology, "T.H1.X1").Value);
        Assert.Equal(1, Value(q2, IndicatorCodes.LateWithoutApology, "T.H1.X1").Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Withdrawn_dossiers_count_as_received_but_never_as_finished_while_refused_ones_with_a_finish_date_count_as_finished(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([
            Row("HS1", "T.H1.X2", "2025-01-10T08:00", "2025-01-20T17:00", "2025-01-12T09:00", "rut_ho_so", channel: "truc_tuyen"),
            Row("HS2", "T.H1.X2", "2025-01-10T08:00", "2025-01-20T17:00", "2025-01-15T09:00", "tu_choi"),
            Row("HS3", "T.H1.X2", "2025-01-11T08:00", "2025-01-20T17:00", "2025-01-25T09:00", "da_tra", apologised: "1"),
        ]));
        await store.ComputeAsync();

        var jan = await store.ValuesAsync(store.Org.Province, "2025-M01");

        var online = Value(jan, IndicatorCodes.OnlineRate, "T.H1.X2");
        Assert.Equal((1L, 3L), (online.Numerator, online.Denominator!.Value));
        var onTime = Value(jan, IndicatorCodes.OnTimeRate, "T.H1.X2");
        Assert.Equal((1L, 2L, 50m), (onTime.Numerator, onTime.Denominator!.Value, onTime.Value!.Value));
        Assert.Equal(0, Value(jan, IndicatorCodes.LateWithoutApology, "T.H1.X2").Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Communes_merged_in_2025_roll_up_into_the_district_before_the_merger_and_into_the_new_commune_after_it(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([
            Row("HS1", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-12T09:00", "da_tra"),
            Row("HS2", "T.H1.X2", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-25T09:00", "da_tra"),
            Row("HS3", "T.H1.X1", "2025-08-10T08:00", "2025-08-20T17:00", "2025-08-12T09:00", "da_tra"),
            Row("HS4", "T.H1.X2", "2025-08-10T08:00", "2025-08-20T17:00", "2025-08-12T09:00", "da_tra"),
            Row("HS5", "T.X1", "2025-08-10T08:00", "2025-08-20T17:00", "2025-08-25T09:00", "da_tra"),
        ]));
        await store.ComputeAsync();

        var q1 = await store.ValuesAsync(store.Org.Province, "2025-Q1");
        var q3 = await store.ValuesAsync(store.Org.Province, "2025-Q3");
        var newCommuneQ3 = await store.ValuesAsync(store.Org.NewCommune, "2025-Q3");

        var district = Value(q1, IndicatorCodes.OnTimeRate, "T.H1");
        Assert.Equal((1L, 2L), (district.Numerator, district.Denominator!.Value));
        Assert.Equal(2, Value(q1, IndicatorCodes.Received, "T").Value);
        var merged = Value(newCommuneQ3, IndicatorCodes.OnTimeRate, "T.X1");
        Assert.Equal((2L, 3L, 66.67m), (merged.Numerator, merged.Denominator!.Value, merged.Value!.Value));
        Assert.Equal(store.Org.NewCommune, merged.UnitId);
        Assert.Equal(3, Value(q3, IndicatorCodes.Received, "T").Value);
        Assert.DoesNotContain(q3, v => v.UnitCode == "T.H1");
    }
}
