using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Tests.Dossiers;

public class DossierReaderAsyncTests
{
    private static MemoryStream Synthetic(int count)
    {
        var stream = new MemoryStream();
        SyntheticDossiers.Write(stream, new SyntheticDossierOptions { Count = count, Seed = 3 });
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task The_async_reader_yields_the_same_rows_as_the_sync_reader()
    {
        using var stream = Synthetic(500);
        var sync = DossierReader.ReadCsv(stream).ToList();
        stream.Position = 0;

        var async = new List<DossierRow>();
        await foreach (var row in DossierReader.ReadCsvAsync(stream)) async.Add(row);

        Assert.Equal(500, async.Count);
        Assert.Equal(sync, async);
    }

    [Fact]
    public void A_cancelled_read_stops_with_operation_cancelled()
    {
        using var stream = Synthetic(100);
        using var cts = new CancellationTokenSource();
        var options = new DossierReadOptions { CancellationToken = cts.Token };
        int read = 0;

        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var _ in DossierReader.ReadCsv(stream, options))
            {
                if (++read == 10) cts.Cancel();
            }
        });
        Assert.Equal(10, read);
    }

    [Fact]
    public void Duplicate_checking_can_be_switched_off_for_trusted_re_imports()
    {
        var text = "ma_ho_so,ma_don_vi,ngay_tiep_nhan,han_tra_ket_qua,trang_thai,kenh_nop\n"
            + "A,X,2025-01-02T08:00,2025-01-03T08:00,dang_xu_ly,truc_tiep\n"
            + "A,X,2025-01-02T08:00,2025-01-03T08:00,dang_xu_ly,truc_tiep\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var rows = DossierReader.ReadCsv(stream, new DossierReadOptions { RejectDuplicates = false }).ToList();

        Assert.All(rows, r => Assert.True(r.IsAccepted));
    }
}
