using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Text in content order (cells one after another, plain or with a blank line after every line) whose table has a
/// start column before the deadline column and a notes column after it: the end cell is the schedule, the start cell
/// is not. Invented text.
/// </summary>
public class StartEndTextColumnsTests
{
    private const string Opening = """
        BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
        Số: 09/KH-BQL
        Hòa Lạc, ngày 08 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027

        """;

    private const string Body = """

        I. CẢI CÁCH THỂ CHẾ
        1 Rà soát văn bản do Ban ban hành
        Phòng Pháp chế
        Các phòng chuyên môn
        Tháng
        02/2027
        Quý
        III/2027
        2 Tập huấn nghiệp vụ một cửa cho công chức
        Văn phòng Ban
        Phòng Quản lý doanh nghiệp
        Tháng 3/2027
        Trước ngày
        30/11/2027
        Kết hợp hội nghị
        3 Niêm yết công khai thủ tục hành chính
        Bộ phận một cửa
        Văn phòng Ban
        Thường xuyên
        Nơi nhận:
        """;

    private static readonly string[] Headers =
    [
        "TT Nội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian bắt đầu\nThời gian kết thúc\nGhi chú",
        "TT Nội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian thực hiện\nThời hạn hoàn thành\nGhi chú",
        "TT Nội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\nGhi chú\nBắt đầu Kết thúc",
    ];

    public static TheoryData<int, bool> Shapes => new() { { 0, false }, { 0, true }, { 1, false }, { 1, true }, { 2, false }, { 2, true } };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_end_cell_is_the_schedule_and_the_start_cell_is_not(int header, bool spaced)
    {
        var text = Opening + Headers[header] + "\n" + Body;
        if (spaced)
        {
            text = string.Join("\n", text.Split('\n').Select(l => l + "\n"));
        }

        var plan = PlanParser.Parse(TextDocumentReader.FromText(text));

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Pháp chế"], plan.Tasks[0].Lead);
        Assert.Equal(["Các phòng chuyên môn"], plan.Tasks[0].Support);
        Assert.Equal(ScheduleKind.Period, plan.Tasks[0].Schedule.Kind);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[0].Schedule.Due);
        Assert.Equal(["Văn phòng Ban"], plan.Tasks[1].Lead);
        Assert.Equal(["Phòng Quản lý doanh nghiệp"], plan.Tasks[1].Support);
        Assert.Equal(ScheduleKind.Date, plan.Tasks[1].Schedule.Kind);
        Assert.Equal(new DateOnly(2027, 11, 30), plan.Tasks[1].Schedule.Due);
        Assert.Equal(["Bộ phận một cửa"], plan.Tasks[2].Lead);
        Assert.Equal(["Văn phòng Ban"], plan.Tasks[2].Support);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[2].Schedule.Kind);
    }
}
