using MiniExcelLibs;
using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Tests.Dossiers;

public class DossierXlsxTests
{
    [Fact]
    public void An_xlsx_written_with_miniexcel_reads_back_with_text_and_native_dates_and_numbers()
    {
        var sheet = new List<Dictionary<string, object?>>
        {
            new()
            {
                ["ma_ho_so"] = "X1", ["linh_vuc"] = "Đất đai", ["ma_don_vi"] = "XA-01",
                ["ngay_tiep_nhan"] = new DateTime(2025, 5, 5, 8, 0, 0), ["han_tra_ket_qua"] = "19/05/2025 17:00",
                ["ngay_hoan_thanh"] = "2025-05-20T09:00", ["trang_thai"] = "da_tra", ["kenh_nop"] = "truc_tiep",
                ["co_nghia_vu_tai_chinh"] = 1, ["thanh_toan_truc_tuyen"] = 0, ["xin_loi"] = 1, ["danh_gia"] = 4,
            },
            new()
            {
                ["ma_ho_so"] = "X2", ["linh_vuc"] = "Đất đai", ["ma_don_vi"] = "XA-01",
                ["ngay_tiep_nhan"] = "2025-05-06T08:00", ["han_tra_ket_qua"] = "2025-05-01T08:00",
                ["ngay_hoan_thanh"] = null, ["trang_thai"] = "dang_xu_ly", ["kenh_nop"] = "truc_tuyen",
                ["co_nghia_vu_tai_chinh"] = null, ["thanh_toan_truc_tuyen"] = null, ["xin_loi"] = null, ["danh_gia"] = null,
            },
            new()
            {
                ["ma_ho_so"] = "X3", ["linh_vuc"] = "Hộ tịch", ["ma_don_vi"] = "XA-02",
                ["ngay_tiep_nhan"] = "07/05/2025 14:30:00", ["han_tra_ket_qua"] = "08/05/2025 17:00",
                ["ngay_hoan_thanh"] = null, ["trang_thai"] = "bo_sung", ["kenh_nop"] = "truc_tuyen",
                ["co_nghia_vu_tai_chinh"] = null, ["thanh_toan_truc_tuyen"] = null, ["xin_loi"] = null, ["danh_gia"] = null,
            },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        stream.Position = 0;

        var rows = DossierReader.Read(stream, DossierReader.FormatOf("hoso.XLSX")).ToList();

        Assert.Equal(3, rows.Count);
        var first = rows[0];
        Assert.True(first.IsAccepted, first.Error);
        Assert.Equal(2, first.Line);
        Assert.Equal(new DateTimeOffset(2025, 5, 5, 1, 0, 0, TimeSpan.Zero), first.Record.ReceivedAt);
        Assert.Equal(new DateTimeOffset(2025, 5, 19, 10, 0, 0, TimeSpan.Zero), first.Record.DueAt);
        Assert.True(first.Record.HasFees);
        Assert.False(first.Record.PaidOnline);
        Assert.True(first.Record.Apologised);
        Assert.Equal((byte)4, first.Record.Rating);
        Assert.True(first.Record.FinishedLate);
        Assert.False(rows[1].IsAccepted);
        Assert.Equal(3, rows[1].Line);
        Assert.Contains("Hạn trả kết quả trước", rows[1].Error, StringComparison.Ordinal);
        Assert.True(rows[2].IsAccepted, rows[2].Error);
        Assert.Equal(DossierStatus.AwaitingAdditions, rows[2].Record.Status);
        Assert.Equal("Hộ tịch", rows[2].Record.Field);
    }

    [Fact]
    public void The_generator_output_reads_the_same_from_xlsx_as_from_csv()
    {
        using var csv = new MemoryStream();
        SyntheticDossiers.Write(csv, new SyntheticDossierOptions { Count = 200, Seed = 7 });
        csv.Position = 0;
        var fromCsv = DossierReader.ReadCsv(csv).Select(r => r.Record).ToList();
        csv.Position = 0;
        var table = MiniExcel.Query(csv, useHeaderRow: true, excelType: ExcelType.CSV)
            .Select(r => ((IDictionary<string, object?>)r).ToDictionary(kv => kv.Key, kv => kv.Value)).ToList();
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(table, excelType: ExcelType.XLSX);
        xlsx.Position = 0;

        var fromXlsx = DossierReader.ReadXlsx(xlsx).ToList();

        Assert.All(fromXlsx, r => Assert.True(r.IsAccepted, r.Error));
        Assert.Equal(fromCsv, fromXlsx.Select(r => r.Record));
    }
}
