using System.Text;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// Layout-kept text of a table whose cells are centred both ways (as some word processors print them): a row's number
/// stands on its middle line with as many of its lines above as below, a cell's lines start at different places, a
/// unit name may start left of the middle of its column's header, a row number may stand one space before its title's
/// words, and the next page may be laid out several characters apart under the header printed again. Invented text.
/// </summary>
public class SpacedCentredRowsTests
{
    private const string Opening = """
        ỦY BAN NHÂN DÂN TỈNH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
          SỞ CÔNG THƯƠNG                       Độc lập - Tự do - Hạnh phúc
        Số: 14/KH-SCT                      Hòa Bình, ngày 09 tháng 01 năm 2027
                                     KẾ HOẠCH
                          Cải cách hành chính năm 2027
        I. MỤC ĐÍCH, YÊU CẦU
        - 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn.
        II. NHIỆM VỤ CỤ THỂ

        """;

    private static string L(params (int At, string Text)[] pieces)
    {
        var sb = new StringBuilder();
        foreach (var (at, text) in pieces)
        {
            sb.Append(' ', Math.Max(sb.Length == 0 ? 0 : 1, at - sb.Length)).Append(text);
        }

        return sb.ToString();
    }

    private static PlanDocument Parse(params string[] lines) =>
        PlanParser.Parse(TextDocumentReader.FromText(Opening + string.Join('\n', lines) + '\n'));

    private static string Header(int shift) =>
        L((1, "TT"), (12 + shift, "Nội dung công việc"), (40 + shift, "Đơn vị chủ trì"), (58 + shift, "Đơn vị phối hợp"), (76 + shift, "Thời gian"));

    [Fact]
    public void Rows_centred_top_to_bottom_take_as_many_lines_above_their_number_as_below_and_units_go_by_the_blank_rivers()
    {
        var plan = Parse(
            Header(0),
            L((1, "I"), (5, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")),
            L((59, "Phòng Tài chính,")),
            L((5, "Lập kế hoạch kiểm tra việc"), (77, "Quý II,")),
            L((2, "1"), (42, "Văn phòng Sở"), (60, "Phòng Nội vụ,")),
            L((5, "thực hiện quy chế làm việc"), (76, "III/2027")),
            L((61, "Thanh tra Sở")),
            L((5, "Tổng hợp báo cáo định kỳ"), (41, "Phòng Kế hoạch -")),
            L((2, "2"), (61, "Công an tỉnh"), (75, "Hằng tháng")),
            L((5, "gửi Ủy ban nhân dân tỉnh"), (44, "Tài chính")),
            L((5, "Cập nhật dữ liệu thủ tục hành chính"), (40, "Trung tâm Phục vụ"), (60, "Văn phòng Sở")),
            L((2, "3"), (4, "lĩnh vực đất đai lên Cổng"), (76, "Thường")),
            L((5, "dịch vụ công của tỉnh"), (40, "hành chính công"), (77, "xuyên")),
            "III. TỔ CHỨC THỰC HIỆN",
            "Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch này triển khai thực hiện.");

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Lập kế hoạch kiểm tra việc thực hiện quy chế làm việc", plan.Tasks[0].Title);
        Assert.Equal("Văn phòng Sở", string.Join("; ", plan.Tasks[0].Lead));
        Assert.Equal("Phòng Tài chính; Phòng Nội vụ; Thanh tra Sở", string.Join("; ", plan.Tasks[0].Support));
        Assert.Equal("Quý II, III/2027", plan.Tasks[0].Schedule.Text);
        Assert.Equal("Phòng Kế hoạch - Tài chính", string.Join("; ", plan.Tasks[1].Lead));
        Assert.Equal("Công an tỉnh", string.Join("; ", plan.Tasks[1].Support));
        Assert.Equal("Cập nhật dữ liệu thủ tục hành chính lĩnh vực đất đai lên Cổng dịch vụ công của tỉnh", plan.Tasks[2].Title);
        Assert.Equal("Trung tâm Phục vụ hành chính công", string.Join("; ", plan.Tasks[2].Lead));
    }

    [Fact]
    public void On_the_next_page_a_rows_lines_are_counted_up_from_the_tables_end_and_cut_under_the_header_printed_there()
    {
        var plan = Parse(
            Header(0),
            L((1, "I"), (5, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")),
            L((5, "Lập kế hoạch kiểm tra việc"), (77, "Quý II,")),
            L((2, "1"), (42, "Văn phòng Sở"), (60, "Phòng Nội vụ"), (76, "III/2027")),
            L((5, "thực hiện quy chế làm việc")),
            L((2, "2"), (5, "Rà soát quy trình nội bộ giải"), (42, "Văn phòng Sở"), (60, "Phòng Nội vụ"), (77, "Trước")),
            "\f" + Header(5),
            L((10, "quyết thủ tục hành chính"), (81, "30/6/2027")),
            L((63, "Phòng Quản lý")),
            L((10, "Kiểm tra hoạt động kinh doanh"), (82, "Quý I,")),
            L((2, "3"), (48, "Thanh tra Sở"), (66, "thương mại,")),
            L((10, "xăng dầu trên địa bàn"), (81, "II/2027")),
            L((65, "Công an tỉnh")),
            "III. TỔ CHỨC THỰC HIỆN",
            "Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch này triển khai thực hiện.");

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Rà soát quy trình nội bộ giải quyết thủ tục hành chính", plan.Tasks[1].Title);
        Assert.Equal("Trước 30/6/2027", plan.Tasks[1].Schedule.Text);
        Assert.Equal("Kiểm tra hoạt động kinh doanh xăng dầu trên địa bàn", plan.Tasks[2].Title);
        Assert.Equal("Thanh tra Sở", string.Join("; ", plan.Tasks[2].Lead));
        Assert.Equal("Phòng Quản lý thương mại; Công an tỉnh", string.Join("; ", plan.Tasks[2].Support));
        Assert.Equal("Quý I, II/2027", plan.Tasks[2].Schedule.Text);
    }
}
