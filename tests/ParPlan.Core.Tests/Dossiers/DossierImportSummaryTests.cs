using System.Text;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;

namespace ParPlan.Core.Tests.Dossiers;

public class DossierImportSummaryTests
{
    [Fact]
    public void A_summary_counts_rows_caps_rejections_and_feeds_accepted_records_onward()
    {
        var text = new StringBuilder("ma_ho_so,ma_don_vi,ngay_tiep_nhan,han_tra_ket_qua,trang_thai,kenh_nop\n");
        text.Append("A,X,2025-01-02T08:00,2025-01-03T08:00,dang_xu_ly,truc_tuyen\n");
        text.Append("B,X,2025-03-02T08:00,2025-03-03T08:00,dang_xu_ly,truc_tiep\n");
        for (int i = 0; i < 5; i++) text.Append($"C{i},X,2025-13-02T08:00,2025-01-03T08:00,dang_xu_ly,truc_tiep\n");
        var accumulator = new DossierAccumulator(2025);

        var summary = DossierImportSummary.Collect(
            DossierReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()))), r => accumulator.Add(r), maxRejections: 3);

        Assert.Equal(2, summary.Accepted);
        Assert.Equal(5, summary.Rejected);
        Assert.Equal([4L, 5L, 6L], summary.Rejections.Select(r => r.Line));
        Assert.True(summary.RejectionsTruncated);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 1, 0, 0, TimeSpan.Zero), summary.FirstReceivedAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 2, 1, 0, 0, TimeSpan.Zero), summary.LastReceivedAt);
        Assert.Equal(2, accumulator.RecordsSeen);
    }
}
