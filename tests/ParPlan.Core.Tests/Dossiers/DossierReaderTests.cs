using System.Text;
using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Tests.Dossiers;

public class DossierReaderTests
{
    private const string Header =
        "ma_ho_so,ma_thu_tuc,ten_thu_tuc,linh_vuc,ma_don_vi,ngay_tiep_nhan,han_tra_ket_qua,ngay_hoan_thanh,trang_thai,kenh_nop,"
        + "muc_do_dvc,co_nghia_vu_tai_chinh,thanh_toan_truc_tuyen,so_hoa_ho_so,so_hoa_ket_qua,tai_su_dung,xin_loi,danh_gia";

    private static string Row(string code, string unit = "XA-01", string received = "2025-03-10T08:00",
        string due = "2025-03-12T17:00", string finished = "2025-03-11T09:00", string status = "da_tra", string channel = "truc_tuyen") =>
        $"{code},1.001193,Đăng ký khai sinh,Hộ tịch,{unit},{received},{due},{finished},{status},{channel},toan_trinh,0,,1,1,1,,5";

    private static MemoryStream Utf8(string text, bool bom = false)
    {
        var bytes = new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        return new MemoryStream(bytes);
    }

    [Fact]
    public void A_canonical_row_is_read_with_all_fields()
    {
        var rows = DossierReader.ReadCsv(Utf8(Header + "\n" + Row("HS1") + "\n")).ToList();

        var row = Assert.Single(rows);
        Assert.True(row.IsAccepted);
        Assert.Equal(2, row.Line);
        var d = row.Record;
        Assert.Equal("HS1", d.Code);
        Assert.Equal("1.001193", d.ProcedureCode);
        Assert.Equal("Đăng ký khai sinh", d.ProcedureName);
        Assert.Equal("Hộ tịch", d.Field);
        Assert.Equal("XA-01", d.UnitCode);
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 1, 0, 0, TimeSpan.Zero), d.ReceivedAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 10, 0, 0, TimeSpan.Zero), d.DueAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 2, 0, 0, TimeSpan.Zero), d.FinishedAt);
        Assert.Equal(DossierStatus.Returned, d.Status);
        Assert.Equal(DossierChannel.Online, d.Channel);
        Assert.Equal(OnlineServiceLevel.Full, d.ServiceLevel);
        Assert.False(d.HasFees);
        Assert.Null(d.PaidOnline);
        Assert.True(d.DossierDigitised);
        Assert.True(d.ResultDigitised);
        Assert.True(d.DataReused);
        Assert.Null(d.Apologised);
        Assert.Equal((byte)5, d.Rating);
    }

    [Fact]
    public void A_file_with_five_percent_broken_rows_reports_each_with_its_line_and_reason_and_accepts_the_rest()
    {
        var lines = new List<string> { Header };
        var expectedErrors = new Dictionary<long, string>();
        for (int i = 1; i <= 100; i++)
        {
            long line = i + 1;
            switch (i)
            {
                case 10: lines.Add(Row("HS10", received: "2025-02-30T08:00")); expectedErrors[line] = "Ngày giờ không hợp lệ"; break;
                case 20: lines.Add(Row("HS20", status: "xong")); expectedErrors[line] = "Trạng thái không hợp lệ"; break;
                case 30: lines.Add(Row("HS30", channel: "zalo")); expectedErrors[line] = "Kênh nộp không hợp lệ"; break;
                case 40: lines.Add(Row("HS40", unit: "XA-99")); expectedErrors[line] = "Mã đơn vị 'XA-99' không có"; break;
                case 50: lines.Add(Row("HS50", due: "2025-03-09T17:00", finished: "")); expectedErrors[line] = "Hạn trả kết quả trước"; break;
                default: lines.Add(Row(i == 60 ? "HS59" : "HS" + i)); break;
            }
        }
        expectedErrors[61] = "trùng với dòng 60";
        var options = DossierReadOptions.ForUnits(["XA-01", "XA-02"]);

        var rows = DossierReader.ReadCsv(Utf8(string.Join("\n", lines)), options).ToList();

        Assert.Equal(100, rows.Count);
        Assert.Equal(94, rows.Count(r => r.IsAccepted));
        var rejected = rows.Where(r => !r.IsAccepted).ToDictionary(r => r.Line, r => r.Error!);
        Assert.Equal(expectedErrors.Keys.Order(), rejected.Keys.Order());
        foreach (var (line, fragment) in expectedErrors) Assert.Contains(fragment, rejected[line], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_values_and_bad_flags_are_rejected_with_the_column_named()
    {
        var text = Header + "\n"
            + ",1.001193,Đăng ký khai sinh,Hộ tịch,XA-01,2025-03-10T08:00,2025-03-12T17:00,,dang_xu_ly,truc_tiep,khong,,,,,,,\n"
            + "HS2,1.001193,Đăng ký khai sinh,Hộ tịch,XA-01,2025-03-10T08:00,2025-03-12T17:00,,dang_xu_ly,truc_tiep,khong,2,,,,,,\n"
            + "HS3,1.001193,Đăng ký khai sinh,Hộ tịch,XA-01,2025-03-10T08:00,2025-03-12T17:00,,dang_xu_ly,truc_tiep,khong,,,,,,,9\n"
            + "HS4,1.001193,Đăng ký khai sinh,Hộ tịch,XA-01,2025-03-10T08:00,2025-03-12T17:00,2025-03-09T08:00,da_tra,truc_tiep,khong,,,,,,,\n";

        var rows = DossierReader.ReadCsv(Utf8(text)).ToList();

        Assert.All(rows, r => Assert.False(r.IsAccepted));
        Assert.Contains("Thiếu giá trị bắt buộc ở cột 'ma_ho_so'", rows[0].Error, StringComparison.Ordinal);
        Assert.Contains("co_nghia_vu_tai_chinh", rows[1].Error, StringComparison.Ordinal);
        Assert.Contains("Đánh giá '9'", rows[2].Error, StringComparison.Ordinal);
        Assert.Contains("Ngày hoàn thành trước", rows[3].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_date_formats_a_bom_and_quoted_fields_with_commas_quotes_and_newlines_are_read()
    {
        var text = Header + "\r\n"
            + "HS1,2.000815,\"Chứng thực bản sao từ bản chính giấy tờ, văn bản\",Chứng thực,XA-01,10/03/2025 08:00,12/03/2025 17:00:30,,dang_xu_ly,truc_tiep,mot_phan,1,0,1,,0,,\r\n"
            + "HS2,2.000815,\"Tên có \"\"ngoặc\"\"\nvà xuống dòng\",Chứng thực,XA-01,2025-03-10T08:00:00,2025-03-12T17:00,,bo_sung,buu_chinh,,,,,,,,\r\n"
            + "HS3,1.001193,Đăng ký khai sinh,Hộ tịch,XA-01,2025-03-11T08:00,2025-03-12T17:00,,dang_xu_ly,truc_tiep,,,,,,,,\r\n";

        var rows = DossierReader.ReadCsv(Utf8(text, bom: true)).ToList();

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.True(r.IsAccepted, r.Error));
        Assert.Equal("Chứng thực bản sao từ bản chính giấy tờ, văn bản", rows[0].Record.ProcedureName);
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 10, 0, 30, TimeSpan.Zero), rows[0].Record.DueAt);
        Assert.Equal("Tên có \"ngoặc\"\nvà xuống dòng", rows[1].Record.ProcedureName);
        Assert.Equal(DossierChannel.Postal, rows[1].Record.Channel);
        Assert.Null(rows[1].Record.ServiceLevel);
        Assert.Equal([2L, 3L, 4L], rows.Select(r => r.Line));
    }

    [Fact]
    public void Columns_may_come_in_any_order_with_unknown_ones_ignored_and_optional_ones_absent()
    {
        var text = "ghi_chu,kenh_nop,trang_thai,han_tra_ket_qua,ngay_tiep_nhan,ma_don_vi,ma_ho_so\n"
            + "x,truc_tuyen,dang_xu_ly,2025-04-02T17:00,2025-04-01T08:00,XA-02,HS9\n";

        var row = Assert.Single(DossierReader.ReadCsv(Utf8(text)));

        Assert.True(row.IsAccepted, row.Error);
        Assert.Equal("HS9", row.Record.Code);
        Assert.Null(row.Record.Field);
        Assert.Null(row.Record.FinishedAt);
    }

    [Fact]
    public void A_header_without_a_required_column_makes_the_file_unreadable()
    {
        var text = "ma_ho_so,ma_don_vi,ngay_tiep_nhan,trang_thai\nHS1,XA-01,2025-04-01T08:00,dang_xu_ly\n";

        var ex = Assert.Throws<DossierFileException>(() => DossierReader.ReadCsv(Utf8(text)).ToList());

        Assert.Contains("han_tra_ket_qua", ex.Message, StringComparison.Ordinal);
        Assert.Contains("kenh_nop", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_map_reads_another_layout_and_survives_a_json_round_trip()
    {
        var map = new DossierColumnMap
        {
            Name = "Cổng DVC cũ",
            Delimiter = ';',
            Columns = new()
            {
                ["Số hồ sơ"] = "ma_ho_so", ["Đơn vị"] = "ma_don_vi", ["Ngày nhận"] = "ngay_tiep_nhan",
                ["Hẹn trả"] = "han_tra_ket_qua", ["Ngày xong"] = "ngay_hoan_thanh", ["Tình trạng"] = "trang_thai", ["Hình thức"] = "kenh_nop",
            },
            StatusValues = new() { ["Đã trả kết quả"] = "da_tra", ["Đang giải quyết"] = "dang_xu_ly" },
            ChannelValues = new() { ["Trực tuyến"] = "truc_tuyen", ["Trực tiếp"] = "truc_tiep" },
        };
        var restored = DossierColumnMap.FromJson(map.ToJson());
        var text = "Số hồ sơ;Đơn vị;Ngày nhận;Hẹn trả;Ngày xong;Tình trạng;Hình thức\n"
            + "A-1;XA-01;01/04/2025 08:00;03/04/2025 17:00;02/04/2025 10:00;đã trả kết quả;Trực tuyến\n"
            + "A-2;XA-01;01/04/2025 09:00;03/04/2025 17:00;;Đang giải quyết;trực tiếp\n";

        var rows = DossierReader.ReadCsv(Utf8(text), new DossierReadOptions { Map = restored }).ToList();

        Assert.Empty(restored.Validate());
        Assert.Equal(';', restored.Delimiter);
        Assert.All(rows, r => Assert.True(r.IsAccepted, r.Error));
        Assert.Equal(DossierStatus.Returned, rows[0].Record.Status);
        Assert.Equal(DossierChannel.Online, rows[0].Record.Channel);
        Assert.Equal(DossierStatus.InProcess, rows[1].Record.Status);
        Assert.Equal(DossierChannel.InPerson, rows[1].Record.Channel);
    }

    [Fact]
    public void A_column_map_pointing_at_unknown_targets_is_reported()
    {
        var map = new DossierColumnMap { Columns = new() { ["X"] = "khong_co" }, StatusValues = new() { ["Y"] = "xong" } };

        Assert.Equal(2, map.Validate().Count);
    }

    [Fact]
    public void Progress_reports_rows_and_bytes_and_a_final_total()
    {
        var text = Header + "\n" + string.Join("\n", Enumerable.Range(1, 25).Select(i => Row("HS" + i))) + "\n";
        var stream = Utf8(text);
        var reports = new List<DossierReadProgress>();
        var options = new DossierReadOptions { Progress = new SyncProgress(reports.Add), ProgressInterval = 10 };

        var count = DossierReader.ReadCsv(stream, options).Count();

        Assert.Equal(25, count);
        Assert.Equal([10L, 20L, 25L], reports.Select(r => r.Rows));
        Assert.Equal(stream.Length, reports[^1].Bytes);
        Assert.Equal(stream.Length, reports[^1].TotalBytes);
    }

    private sealed class SyncProgress(Action<DossierReadProgress> report) : IProgress<DossierReadProgress>
    {
        public void Report(DossierReadProgress value) => report(value);
    }
}
