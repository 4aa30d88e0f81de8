using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// Text extracted in the content's order with the header's cells wrapped over several lines after the row-number line:
/// the cells still print one after another, so the time column printed before the units is read in that order.
/// </summary>
public class WrappedHeaderOrderTests
{
    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_time_column_wrapped_in_the_header_before_the_units_is_read_before_them()
    {
        var plan = Parse("""
            ỦY BAN NHÂN DÂN
            XÃ AN THẠNH
            Số: 31/KH-UBND
            An Thạnh, ngày 05 tháng 01 năm 2027
            KẾ HOẠCH
            Cải cách hành chính năm 2027
            TT Nội dung công việc
            Thời gian
            thực hiện
            Đơn vị chủ trì Đơn vị phối hợp
            I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
            1 Ban hành Kế hoạch tuyên truyền
            cải cách hành chính
            Quý I/2027 Phòng Văn hóa
            - Xã hội
            Trung tâm Dịch
            vụ tổng hợp xã
            2 Tổ chức kiểm tra công tác cải
            cách hành chính năm 2027
            Quý III/2027 Phòng Văn hóa
            - Xã hội
            Văn phòng
            HĐND và UBND
            xã
            Nơi nhận:
            """);

        Assert.Equal("Ban hành Kế hoạch tuyên truyền cải cách hành chính", plan.Tasks[0].Title);
        Assert.Equal("Quý I/2027", plan.Tasks[0].Schedule.Text);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[1].Schedule.Due);
    }
}
