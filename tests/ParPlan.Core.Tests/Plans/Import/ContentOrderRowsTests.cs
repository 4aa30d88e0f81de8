using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Rows of a task table in extracted text, one cell's lines after another: unit names ending in a bare "Sở",
/// Arabic-numbered group rows, and a deadline whose end lands in the notes column. Invented texts.
/// </summary>
public class ContentOrderRowsTests
{
    private const string Opening = """
        SỞ XÂY DỰNG
        Số: 12/KH-SXD
        Hà Tĩnh, ngày 08 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        STT
        Nội dung công việc
        Đơn vị chủ trì
        Đơn vị phối hợp
        Thời gian hoàn thành
        Ghi chú
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_unit_ending_in_a_bare_So_keeps_it_when_another_unit_follows_on_the_line()
    {
        var plan = Parse(Opening + """

            I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
            1
            Kiểm tra công tác cải cách hành chính tại các đơn vị trực thuộc
            Thanh tra Sở Văn phòng Sở
            Tháng 3/2027
            2
            Ban hành Kế hoạch cải cách hành chính năm 2027
            Văn phòng Sở Thanh tra Sở
            Tháng 01/2027
            """);

        Assert.Equal(["Thanh tra Sở"], plan.Tasks[0].Lead);
        Assert.Equal(["Văn phòng Sở"], plan.Tasks[0].Support);
        Assert.Equal(["Văn phòng Sở"], plan.Tasks[1].Lead);
        Assert.Equal(["Thanh tra Sở"], plan.Tasks[1].Support);
    }

    [Fact]
    public void Arabic_numbered_group_rows_in_sentence_case_start_groups_whose_rows_restart_at_one()
    {
        var plan = Parse(Opening + """

            1. Công tác chỉ đạo, điều hành
            1
            Ban hành Kế hoạch cải cách hành chính năm 2027
            Văn phòng Sở
            Các phòng thuộc Sở
            Tháng 01/2027
            2
            Báo cáo tình hình cải cách hành chính hằng quý
            Văn phòng Sở
            Các phòng thuộc Sở
            Hằng quý
            2. Cải cách thủ tục hành chính
            1
            Rà soát, đơn giản hóa thủ tục hành chính
            Phòng Quản lý xây dựng
            Văn phòng Sở
            Quý III/2027
            """);

        Assert.Equal(["1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(AreaCode.Procedures, plan.Tasks[2].Area);
        Assert.Equal(["Phòng Quản lý xây dựng"], plan.Tasks[2].Lead);
    }

    [Fact]
    public void A_deadline_left_open_is_completed_by_the_date_read_into_the_notes_column()
    {
        var plan = Parse(Opening + """

            I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
            1
            Ban hành Kế hoạch cải cách hành chính năm 2027
            Văn phòng Sở
            Các phòng thuộc Sở
            Trước
            31/01/2027
            2
            Kiểm tra công tác cải cách hành chính tại các đơn vị
            Phòng Quản lý xây dựng
            Văn phòng Sở
            Quý III/2027
            """);

        Assert.Equal(ScheduleKind.Date, plan.Tasks[0].Schedule.Kind);
        Assert.Equal(new DateOnly(2027, 1, 31), plan.Tasks[0].Schedule.Due);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[1].Schedule.Due);
    }

    [Fact]
    public void A_bare_Ban_or_So_wrapped_under_Van_phong_or_Thanh_tra_completes_that_unit()
    {
        var plan = Parse(Opening + """

            I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
            1
            Ban hành Kế hoạch kiểm tra công tác cải
            cách hành chính năm 2027
            Văn phòng
            Ban
            Phòng Quản
            lý đầu tư
            Tháng 3/2027
            2
            Kiểm tra việc giải quyết thủ tục hành
            chính tại các phòng
            Thanh tra
            Ban
            Văn phòng
            Ban
            Quý III/2027
            """);

        Assert.Equal(["Văn phòng Ban"], plan.Tasks[0].Lead);
        Assert.Equal(["Phòng Quản lý đầu tư"], plan.Tasks[0].Support);
        Assert.Equal(["Thanh tra Ban"], plan.Tasks[1].Lead);
        Assert.Equal(["Văn phòng Ban"], plan.Tasks[1].Support);
    }
}
