using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Text tables whose area rows are Arabic-numbered lines ("1. Công tác chỉ đạo, điều hành") and whose task rows carry
/// the area number ("1.1", "1.2." …), in content order and with a blank line after every line. Invented texts.
/// </summary>
public class DottedRowNumberTests
{
    private const string Opening = """
        BAN QUẢN LÝ DỰ ÁN NÔNG NGHIỆP
        Số: 44/KH-BQLDA
        Long An, ngày 08 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        TT Nội dung nhiệm vụ
        Đơn vị chủ
        trì
        Đơn vị phối
        hợp
        Thời gian
        hoàn thành
        """;

    private const string Body = """
        {1} Công tác chỉ đạo, điều hành
        1.1 Xây dựng Kế
        hoạch kiểm tra nội
        bộ năm 2027
        Phòng Hành
        chính
        Các phòng
        thuộc Ban
        Tháng
        02/2027
        1.2. Sơ kết công tác
        cải cách hành chính
        Phòng Hành
        chính
        Các phòng
        thuộc Ban
        Tháng
        7/2027
        {2} Cải cách thủ tục hành chính
        2.1 Rà soát, kiến nghị
        đơn giản hóa ít nhất
        04 TTHC về đầu tư
        Phòng Kỹ
        thuật
        Phòng Hành
        chính
        Quý
        III/2027
        2.2 Niêm yết công
        khai thủ tục hành chính
        Phòng Hành
        chính
        Phòng Kỹ
        thuật
        Thường xuyên
        {3} Xây dựng Chính quyền số
        3.1 Duy trì hệ
        thống quản lý chất lượng
        Phòng Kỹ
        thuật
        Các phòng
        thuộc Ban
        Tháng
        11/2027
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    private static string Plan(string stop) =>
        Opening + "\n" + Body.Replace("{1}", "1" + stop, StringComparison.Ordinal).Replace("{2}", "2" + stop, StringComparison.Ordinal)
            .Replace("{3}", "3" + stop, StringComparison.Ordinal);

    private static string Spaced(string text) => string.Join("\n", text.Split('\n').Select(l => l + "\n"));

    public static TheoryData<string> Shapes => new()
    {
        Plan("."),
        Plan(""),
        Spaced(Plan(".")),
        Spaced(Plan("")),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Area_lines_open_groups_and_dotted_numbers_open_their_tasks(string text)
    {
        var plan = Parse(text);

        Assert.Equal(["1.1", "1.2", "2.1", "2.2", "3.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal([AreaCode.Direction, AreaCode.Procedures, AreaCode.DigitalGovernment], plan.Areas.Select(a => a.Code));
        Assert.Equal([AreaCode.Direction, AreaCode.Direction, AreaCode.Procedures, AreaCode.Procedures, AreaCode.DigitalGovernment],
            plan.Tasks.Select(t => t.Area));
        Assert.Equal(["Phòng Hành chính"], plan.Tasks[1].Lead);
        Assert.Equal(["Phòng Kỹ thuật"], plan.Tasks[2].Lead);
        Assert.Equal(new DateOnly(2027, 2, 28), plan.Tasks[0].Schedule.Due);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[2].Schedule.Due);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[3].Schedule.Kind);
        Assert.Equal(new DateOnly(2027, 11, 30), plan.Tasks[4].Schedule.Due);
    }

    [Fact]
    public void A_figure_opening_a_wrapped_line_inside_a_dotted_row_stays_in_its_cell()
    {
        var plan = Parse(Plan("."));

        Assert.Contains("04 TTHC", plan.Tasks[2].Title, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Tasks, t => t.Ref == "2.4");
    }
}
