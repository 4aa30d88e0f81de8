using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>The drill-down list of late dossiers without an apology lists exactly what the indicator counts:
/// finished late in the period, or still open past the due date at the period's end (now, while the period runs).</summary>
public class LateDossierListTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_holds_the_dossiers_finished_late_and_those_still_open_past_due_at_the_period_end_as_many_as_the_indicator_counts(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([
            Row("HS1", "T.H1.X1", "2025-01-10T08:00", "2025-01-20T17:00", "2025-01-25T09:00", "da_tra"),
            Row("HS2", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", null, "dang_xu_ly"),
            Row("HS3", "T.H1.X2", "2025-03-10T08:00", "2025-03-20T17:00", "2025-04-05T09:00", "da_tra"),
            Row("HS4", "T.H1.X2", "2025-03-10T08:00", "2025-04-20T17:00", null, "dang_xu_ly"),
            Row("HS5", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-25T09:00", "rut_ho_so"),
            Row("HS6", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", null, "dang_xu_ly", apologised: "1"),
            Row("HS7", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", null, "da_xu_ly"),
            Row("HS8", "T.SNV", "2025-02-10T08:00", "2025-02-20T17:00", null, "bo_sung"),
        ]));
        await store.ComputeAsync();

        var q1 = await store.ValuesAsync(store.Org.Province, "2025-Q1");
        var (items, total) = await ListAsync(store, "2025-Q1");

        Assert.Equal(4, Value(q1, IndicatorCodes.LateWithoutApology, "T").Value);
        Assert.Equal(4, total);
        Assert.Equal(["HS1", "HS2", "HS3", "HS8"], items.Select(i => i.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["HS2", "HS3", "HS8"], items.Where(i => i.OpenPastDue).Select(i => i.Code).Order(StringComparer.Ordinal));
        var hs1 = Assert.Single(items, i => i.Code == "HS1");
        Assert.True(hs1.Late);
        Assert.Equal(("Đăng ký khai sinh", "Hộ tịch"), (hs1.ProcedureName, hs1.Field));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task In_a_running_period_a_dossier_counts_as_open_past_due_only_once_its_due_date_is_before_today(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider); // today is 1/3/2026 on the store's clock
        await store.ImportAsync(store.WriteCsv([
            Row("C1", "T.X1", "2026-02-01T08:00", "2026-02-20T17:00", null, "dang_xu_ly"),
            Row("C2", "T.X1", "2026-02-01T08:00", "2026-03-20T17:00", null, "dang_xu_ly"),
        ]));
        await store.ComputeAsync();

        var q1 = await store.ValuesAsync(store.Org.Province, "2026-Q1");
        var (items, total) = await ListAsync(store, "2026-Q1");

        Assert.Equal(1, Value(q1, IndicatorCodes.LateWithoutApology, "T").Value);
        Assert.Equal(1, total);
        Assert.True(Assert.Single(items).OpenPastDue);
        Assert.Equal("C1", items[0].Code);
    }

    private static async Task<(List<DossierListItem> Items, int Total)> ListAsync(DossierStore store, string period)
    {
        var list = await store.Database.InScopeAsync(sp => sp.GetRequiredService<IndicatorQueries>()
            .DossiersAsync(store.Org.Province, ReportingPeriod.Parse(period), IndicatorCodes.LateWithoutApology, 1));
        return (list.Items, list.Total);
    }
}
