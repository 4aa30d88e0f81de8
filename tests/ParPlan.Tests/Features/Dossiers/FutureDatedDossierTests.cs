using ParPlan.Core.Indicators;
using ParPlan.Tests.Data;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>An export cannot hold a dossier received or finished after today: such rows are rejected, each with its line
/// and a Vietnamese reason, and count in no period (the store's clock stands at 1/3/2026).</summary>
public class FutureDatedDossierTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dossiers_received_or_finished_after_today_are_rejected_with_their_line_and_a_vietnamese_reason(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        var result = await store.ImportAsync(store.WriteCsv([
            Row("OK1", "T.X1", "2026-02-10T08:00", "2026-03-20T17:00", null, "dang_xu_ly"),
            Row("OK2", "T.X1", "2026-03-01T08:00", "2026-03-05T17:00", "2026-03-01T20:00", "da_tra"),
            Row("FUT1", "T.X1", "2026-03-02T08:00", "2026-03-10T17:00", null, "dang_xu_ly"),
            Row("FUT2", "T.X1", "2026-02-10T08:00", "2026-02-20T17:00", "2027-02-12T09:00", "da_tra"),
        ]));
        await store.ComputeAsync();
        var q1 = await store.ValuesAsync(store.Org.Province, "2026-Q1");

        Assert.Equal((2, 2), (result.Imported, result.Rejected));
        Assert.Equal([4L, 5L], result.Rejections.Select(r => r.Line));
        Assert.Contains("Ngày tiếp nhận 02/03/2026", result.Rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("sau ngày nhập dữ liệu 01/03/2026", result.Rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Ngày hoàn thành 12/02/2027", result.Rejections[1].Reason, StringComparison.Ordinal);
        Assert.Equal(2, Value(q1, IndicatorCodes.Received, "T").Value);
    }
}
