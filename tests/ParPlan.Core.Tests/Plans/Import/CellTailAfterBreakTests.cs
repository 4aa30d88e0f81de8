using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Text in content order where a page break falls inside a unit cell after the row's deadline was printed whole: the
/// cell's last words come after the repeated header and belong to that cell, not to the deadline. Invented text.
/// </summary>
public class CellTailAfterBreakTests
{
    private const string Header = """
        TT Nội dung nhiệm vụ
        Đơn vị chủ trì
        Đơn vị phối hợp
        Thời gian hoàn thành
        """;

    private const string Text = """
        TRUNG TÂM Y TẾ KHU VỰC BẮC BÌNH
        Số: 15/KH-TTYT
        Bắc Bình, ngày 06 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027

        """ + Header + """

        I. CẢI CÁCH TỔ CHỨC BỘ MÁY
        1 Rà soát quy chế làm việc của Trung tâm
        Phòng Tổ
        chức - Hành
        chính
        Các phòng
        chuyên môn
        thuộc
        Quý III/2027

        """ + Header + """

        Trung tâm
        2 Kiện toàn tổ chuyên trách cải cách hành chính
        Phòng Tổ
        chức - Hành
        chính
        Các phòng
        chức năng
        Tháng 12/2027

        """ + Header + """

        trực thuộc
        3 Đánh giá, xếp loại viên chức năm 2027
        Phòng Tổ
        chức - Hành
        chính
        Các phòng
        chuyên môn
        Tháng 11/2027
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    public static TheoryData<string> Shapes => new() { Text, string.Join("\n", Text.Split('\n').Select(l => l + "\n")) };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_words_after_the_repeated_header_finish_the_unit_cell_and_the_deadline_stays_whole(string text)
    {
        var plan = Parse(text);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Tổ chức - Hành chính"], plan.Tasks[0].Lead);
        Assert.Equal(["Các phòng chuyên môn thuộc Trung tâm"], plan.Tasks[0].Support);
        Assert.Equal(ScheduleKind.Period, plan.Tasks[0].Schedule.Kind);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[0].Schedule.Due);
        Assert.Equal(["Các phòng chức năng trực thuộc"], plan.Tasks[1].Support);
        Assert.Equal(ScheduleKind.Period, plan.Tasks[1].Schedule.Kind);
        Assert.Equal(new DateOnly(2027, 12, 31), plan.Tasks[1].Schedule.Due);
        Assert.Equal(new DateOnly(2027, 11, 30), plan.Tasks[2].Schedule.Due);
    }
}
