using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Dossiers;
using ParPlan.Features.Dossiers;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Dossiers;

public class DossierMapTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_column_map_saved_for_a_source_lets_its_own_layout_import_and_a_bad_map_is_refused(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        var map = new DossierColumnMap
        {
            Delimiter = ';',
            Columns = new() { ["So ho so"] = "ma_ho_so", ["Don vi"] = "ma_don_vi", ["Ngay nhan"] = "ngay_tiep_nhan", ["Han tra"] = "han_tra_ket_qua",
                ["Ngay xong"] = "ngay_hoan_thanh", ["Tinh trang"] = "trang_thai", ["Kenh"] = "kenh_nop" },
            StatusValues = new() { ["Đã trả kết quả"] = "da_tra" },
            ChannelValues = new() { ["Trực tuyến"] = "truc_tuyen" },
        };

        var (saved, refused) = await store.Database.InScopeAsync(async sp =>
        {
            var maps = sp.GetRequiredService<DossierMaps>();
            return (await maps.SaveAsync(null, "mot-cua-cu", map), await maps.SaveAsync(null, "sai", map with { Columns = new() { ["X"] = "khong_co" } }));
        });
        var path = Path.Combine(Path.GetTempPath(), $"parplan-map-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "So ho so;Don vi;Ngay nhan;Han tra;Ngay xong;Tinh trang;Kenh\n"
            + "A1;T.H1.X1;2025-03-10T08:00;2025-03-20T17:00;2025-03-11T08:00;Đã trả kết quả;Trực tuyến\n");
        try
        {
            var result = await store.ImportAsync(path, "mot-cua-cu");

            Assert.True(saved.IsSuccess);
            Assert.False(refused.IsSuccess);
            Assert.Contains("khong_co", refused.Error!.Message, StringComparison.Ordinal);
            Assert.Equal((1L, 0L), (result.Imported, result.Rejected));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
