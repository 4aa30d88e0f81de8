using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// A narrow deadline column that breaks a date inside its year ("20/03/202" / "7") or a list of months before its last
/// item ("Tháng 3, 6, 9," / "12"): the lone number on its own line finishes the deadline and is not a page number.
/// Invented texts in the shape a content-order extraction gives.
/// </summary>
public class WrappedDeadlineNumberTests
{
    /// <summary>The plan's opening and the table's header up to its last column, then group I and its task 1 (without the
    /// last column's cell).</summary>
    private static string Head(string lastColumn) => $"""
        ỦY BAN NHÂN DÂN
        XÃ TÂN LẬP
        Số: 52/KH-UBND
        Tân Lập, ngày 09 tháng 12 năm 2026
        KẾ HOẠCH
        Cải cách hành chính xã Tân Lập năm 2027
        Phụ lục
        TT Nội dung công việc
        Đơn vị chủ trì
        Đơn vị phối hợp
        Thời hạn
        {lastColumn}
        I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        1 Xây dựng kế hoạch tự kiểm tra công tác
        cải cách hành chính
        Văn phòng HĐND và
        UBND xã
        Các công chức
        chuyên môn
        Quý I/2027
        """;

    private static readonly string Opening = Head("Sản phẩm") + "\nKế hoạch";

    private const string Closing = """
        3 Tổng hợp báo cáo cải cách hành chính
        Văn phòng HĐND và
        UBND xã
        Các công chức
        chuyên môn
        Thường xuyên
        Báo cáo
        Nơi nhận:
        """;

    private static PlanDocument Parse(string middle) => PlanParser.Parse(TextDocumentReader.FromText(Opening + "\n" + middle + "\n" + Closing));

    [Fact]
    public void The_last_figure_of_a_year_on_its_own_line_finishes_the_date()
    {
        var plan = Parse("""
            2 Rà soát quy chế làm việc của Ủy ban
            nhân dân xã
            Văn phòng HĐND và
            UBND xã
            Các công chức
            chuyên môn
            Trước
            ngày
            20/03/202
            7
            Quy chế
            """);

        var task = plan.Tasks.Single(t => t.Ref == "1.2");
        Assert.Equal(ScheduleKind.Date, task.Schedule.Kind);
        Assert.Equal(new DateOnly(2027, 3, 20), task.Schedule.Due);
        Assert.Equal(["Quy chế"], task.Outputs);
        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
    }

    [Fact]
    public void The_last_month_of_a_list_on_its_own_line_is_one_of_the_months()
    {
        var plan = Parse("""
            2 Báo cáo định kỳ tình hình thực hiện
            nhiệm vụ
            Văn phòng HĐND và
            UBND xã
            Các công chức
            chuyên môn
            Tháng 2, 5, 8,
            11
            Báo cáo
            """);

        var task = plan.Tasks.Single(t => t.Ref == "1.2");
        Assert.Equal(
            [new DateOnly(2027, 2, 28), new DateOnly(2027, 5, 31), new DateOnly(2027, 8, 31), new DateOnly(2027, 11, 30)],
            task.Schedule.Occurrences!.Select(o => o.Due));
        Assert.Equal(["Báo cáo"], task.Outputs);
    }

    [Fact]
    public void The_last_figures_of_a_year_on_their_own_line_finish_the_date_before_a_notes_column()
    {
        var plan = PlanParser.Parse(TextDocumentReader.FromText(Head("Ghi chú") + "\n" + """
            2 Rà soát, cập nhật danh mục thủ tục
            hành chính của xã
            Văn phòng HĐND và
            UBND xã
            Các công chức
            chuyên môn
            31/10/20
            27
            3 Tổng hợp báo cáo cải cách hành chính
            Văn phòng HĐND và
            UBND xã
            Các công chức
            chuyên môn
            30/11/202
            7
            Gửi Phòng Nội vụ
            Nơi nhận:
            """));

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        var second = plan.Tasks.Single(t => t.Ref == "1.2");
        Assert.Equal(ScheduleKind.Date, second.Schedule.Kind);
        Assert.Equal(new DateOnly(2027, 10, 31), second.Schedule.Due);
        var third = plan.Tasks.Single(t => t.Ref == "1.3");
        Assert.Equal(new DateOnly(2027, 11, 30), third.Schedule.Due);
        Assert.Equal(["Văn phòng HĐND và UBND xã"], third.Lead);
    }
}
