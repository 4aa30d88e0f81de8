using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Content-order text whose funding column follows the time column: the end of the time cell and the start of the
/// funding cell share a line. Invented text.
/// </summary>
public class TimeFundingLineTests
{
    private const string Text = """
        SỞ CÔNG THƯƠNG
        Số: 15/KH-SCT
        Bình Sơn, ngày 12 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        STT Nội dung nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời gian Kinh phí
        I Cải cách thủ tục hành chính
        1 Rà soát thủ tục hành chính lĩnh vực
        điện lực
        Phòng Quản lý năng
        lượng
        Văn phòng Sở
        Quý III/2027 120
        2 Niêm yết công khai thủ tục hành chính
        Văn phòng Sở
        Các phòng thuộc Sở
        Cả năm Nguồn chi
        thường xuyên
        3 Cập nhật cơ sở dữ liệu thủ tục
        Văn phòng Sở
        Các phòng thuộc Sở
        Tháng 3, 6, 9, 12
        Không
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void An_amount_after_a_finished_deadline_on_the_same_line_is_the_funding()
    {
        var task = Parse(Text).Tasks[0];

        Assert.Equal("Quý III/2027", task.Schedule.Text);
        Assert.Equal("120", task.Funding);
    }

    [Fact]
    public void A_capitalised_funding_word_after_a_whole_year_deadline_starts_the_funding_cell()
    {
        var task = Parse(Text).Tasks[1];

        Assert.Equal("Cả năm", task.Schedule.Text);
        Assert.NotEqual(ScheduleKind.Ongoing, task.Schedule.Kind);
        Assert.Equal("Nguồn chi thường xuyên", task.Funding);
    }

    [Fact]
    public void Numbers_inside_a_deadline_stay_in_the_deadline()
    {
        var task = Parse(Text).Tasks[2];

        Assert.Equal("Tháng 3, 6, 9, 12", task.Schedule.Text);
    }
}
