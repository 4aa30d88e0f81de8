using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Rows printed cell after cell whose deadline and funding cells share a line ("Hằng quý Kinh phí" / "chi thường
/// xuyên"): the deadline has no figure to show where it ends. Invented texts.
/// </summary>
public class DeadlineBesideFundingTests
{
    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_deadline_without_a_figure_ends_where_the_funding_cell_opens_on_its_line()
    {
        var plan = Parse("""
            SỞ TƯ PHÁP
            Số: 19/KH-STP
            Lam Sơn, ngày 06 tháng 01 năm 2027
            KẾ HOẠCH
            Cải cách hành chính năm 2027
            STT
            Nội dung nhiệm vụ
            Cơ quan
            chủ trì
            Cơ quan phối
            hợp
            Thời gian
            hoàn thành
            Kinh phí
            I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
            1 Theo dõi, đôn đốc
            việc thực hiện kế
            hoạch tại các phòng
            Văn phòng
            Sở
            Các phòng
            thuộc Sở
            Hằng quý Kinh phí
            chi
            thường
            xuyên
            2 Tổng hợp kết quả
            thực hiện nhiệm vụ
            cải cách hành chính
            Văn phòng
            Sở
            Các phòng
            thuộc Sở
            Cả năm Ngân
            sách tỉnh
            3 Kiểm tra công tác
            cải cách hành chính
            Thanh tra
            Sở
            Văn phòng
            Sở
            Quý III/2027 Không
            Nơi nhận:
            """);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(ScheduleKind.Recurring, plan.Tasks[0].Schedule.Kind);
        Assert.Equal("Hằng quý", plan.Tasks[0].Schedule.Text);
        Assert.Equal(["Các phòng thuộc Sở"], plan.Tasks[0].Support);
        Assert.Equal("Cả năm", plan.Tasks[1].Schedule.Text);
        Assert.Equal(new DateOnly(2027, 12, 31), plan.Tasks[1].Schedule.Due);
    }
}
