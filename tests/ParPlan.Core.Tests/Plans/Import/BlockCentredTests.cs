using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Text extracted in reading order from narrow, vertically centred cells: a row's cells printed line by line with no
/// blank lines between them, the row's number beside the row's middle line. Invented texts in that shape.
/// </summary>
public class BlockCentredTests
{
    private const string Opening = """
        ỦY BAN NHÂN DÂN
        XÃ HÒA BÌNH
        Số: 21/KH-UBND
        Hòa Bình, ngày 10 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        TT
        Nội dung nhiệm vụ
        Đơn vị chủ trì
        Thời gian
        Phần I. Cải cách thể chế
        Rà soát quy chế làm việc
        Văn phòng
        1 của Ủy ban nhân dân xã
        HĐND và UBND
        Quý II/2027
        Cập nhật danh mục
        Công chức
        2 văn bản hết hiệu lực
        Tư pháp
        Tháng 9/2027
        Tổ chức hội nghị đối
        Văn phòng
        3 thoại giữa lãnh đạo xã
        Trước
        và Nhân dân
        30/11/2027
        Phần II. Cải cách công vụ
        Đánh giá, xếp loại
        Công chức
        1 cán bộ, công chức
        Nội vụ
        năm 2027
        Tháng 12/2027

        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_rows_number_on_its_middle_line_keeps_the_lines_above_it_in_its_row()
    {
        var plan = Parse(Opening + "Nơi nhận:\n");

        Assert.Equal(["1.1", "1.2", "1.3", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(new DateOnly(2027, 6, 30), plan.Tasks[0].Schedule.Due);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[1].Schedule.Due);
        Assert.Equal(new DateOnly(2027, 11, 30), plan.Tasks[2].Schedule.Due);
        Assert.StartsWith("Rà soát quy chế làm việc", plan.Tasks[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Cập nhật danh mục", plan.Tasks[1].Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Cập nhật", plan.Tasks[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Đánh giá, xếp loại", plan.Tasks[3].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_printed_cell_after_cell_with_their_number_first_are_not_read_as_centred()
    {
        var plan = Parse("""
            ỦY BAN NHÂN DÂN
            XÃ HÒA BÌNH
            Số: 21/KH-UBND
            Hòa Bình, ngày 10 tháng 01 năm 2027
            KẾ HOẠCH
            Cải cách hành chính năm 2027
            TT
            Nội dung nhiệm vụ
            Đơn vị chủ trì
            Thời gian
            Phần I. Cải cách thể chế
            1
            Rà soát quy chế làm việc
            của Ủy ban nhân dân xã
            Văn phòng
            Quý II/2027
            2
            Cập nhật danh mục
            văn bản hết hiệu lực
            Công chức Tư pháp
            Tháng 9/2027
            3
            Tổ chức hội nghị đối thoại
            Văn phòng
            Trước 30/11/2027

            Nơi nhận:
            """);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Rà soát quy chế làm việc của Ủy ban nhân dân xã", plan.Tasks[0].Title);
        Assert.Equal("Cập nhật danh mục văn bản hết hiệu lực", plan.Tasks[1].Title);
    }

    [Fact]
    public void Rows_opening_with_their_number_in_narrow_columns_are_not_read_as_centred_for_numbers_inside_their_cells()
    {
        // Narrow cells: "6 tháng" / "cuối năm" and "3 đến" look like numbers beside a middle line, a date breaks
        // before its last figure ("28/02/202" / "7"); the rows' own numbers open their first lines.
        var plan = Parse("""
            SỞ CÔNG THƯƠNG
            Số: 31/KH-SCT
            Lam Sơn, ngày 12 tháng 01 năm 2027
            KẾ HOẠCH
            Cải cách hành chính năm 2027
            ST
            T
            Nội dung nhiệm vụ
            Cơ quan
            chủ trì
            Cơ quan
            phối hợp
            Thời gian
            hoàn
            thành
            I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
            1 Ban hành Kế hoạch
            kiểm tra công vụ
            năm 2027
            Thanh tra
            Sở
            Văn phòng
            Sở
            Trước
            ngày
            28/02/202
            7
            2 Báo cáo kết quả cải
            cách hành chính định
            kỳ gửi Sở Nội vụ
            Văn phòng
            Sở
            Các phòng
            thuộc Sở
            6 tháng
            cuối năm
            3 Tập huấn nghiệp vụ
            cho công chức
            Phòng Tổ
            chức
            Văn phòng
            Sở
            Từ tháng
            3 đến
            tháng 9/2027
            II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
            1 Rà soát thủ tục
            hành chính
            Văn phòng
            Sở
            Các phòng
            6 tháng
            đầu năm
            2 Niêm yết công khai
            thủ tục hành chính
            Phòng Pháp
            chế
            Trung tâm
            Phục vụ
            Quý
            II/2027

            Nơi nhận:
            """);

        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Thanh tra Sở"], plan.Tasks[0].Lead);
        Assert.Equal(new DateOnly(2027, 2, 28), plan.Tasks[0].Schedule.Due);
        Assert.Equal(["Văn phòng Sở"], plan.Tasks[1].Lead);
        Assert.Equal(new DateOnly(2027, 7, 1), plan.Tasks[1].Schedule.From);
        Assert.Equal(["Phòng Tổ chức"], plan.Tasks[2].Lead);
        Assert.Equal(new DateOnly(2027, 3, 1), plan.Tasks[2].Schedule.From);
        Assert.Equal(["Văn phòng Sở"], plan.Tasks[3].Lead);
        Assert.Equal(["Phòng Pháp chế"], plan.Tasks[4].Lead);
        Assert.Equal(new DateOnly(2027, 6, 30), plan.Tasks[4].Schedule.Due);
    }
}
