using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>Word tables whose group rows, time columns and merged cells span several grid cells.</summary>
public class GridSpanRowsTests
{
    private static PlanDocument Parse(params string[][] rows) => PlanParser.Parse(DocumentReader.Read(WordTables.Docx(WordTables.Opening, rows), "plan.docx"));

    private static readonly string[] Header = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"];

    [Fact]
    public void A_number_in_the_tt_cell_and_a_heading_across_the_other_columns_is_a_group_over_tasks_numbered_1_1()
    {
        var plan = Parse(
            Header,
            ["1", "Công tác chỉ đạo, điều hành", "<", "<", "<", "<"],
            ["1.1", "Ban hành kế hoạch CCHC của phường", "Văn phòng phường", "Các tổ dân phố", "Tháng 01/2025", ""],
            ["1.2", "Kiểm tra công tác CCHC", "Phòng Nội vụ", "Văn phòng phường", "Quý III/2025", ""],
            ["2", "Cải cách thủ tục hành chính", "<", "<", "<", "<"],
            ["2.1", "Niêm yết thủ tục hành chính", "Bộ phận một cửa", "Các tổ dân phố", "Thường xuyên", ""]);

        Assert.Equal(["1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(new AreaCode?[] { AreaCode.Direction, AreaCode.Direction, AreaCode.Procedures }, plan.Tasks.Select(t => t.Area));
        Assert.Equal(["Ban hành kế hoạch CCHC của phường", "Kiểm tra công tác CCHC"], plan.Tasks.Take(2).Select(t => t.Title));
        Assert.Equal(["Phòng Nội vụ"], plan.Tasks[1].Lead);
        Assert.Equal(new DateOnly(2025, 9, 30), plan.Tasks[1].Schedule.Due);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[2].Schedule.Kind);
        Assert.Equal(2, plan.Areas.Count);
    }

    [Fact]
    public void A_numbered_task_with_its_own_unit_and_time_keeps_the_sub_rows_numbered_under_it()
    {
        var plan = Parse(
            Header,
            ["1", "Ban hành kế hoạch CCHC của phường", "Văn phòng phường", "Các tổ dân phố", "Tháng 01/2025", ""],
            ["1.1", "Dự thảo kế hoạch", "", "", "", ""],
            ["1.2", "Lấy ý kiến các tổ dân phố", "", "", "", ""],
            ["2", "Kiểm tra công tác CCHC", "Phòng Nội vụ", "Văn phòng phường", "Quý III/2025", ""]);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Văn phòng phường"], plan.Tasks[0].Lead);
    }

    [Fact]
    public void Of_start_and_end_time_columns_the_end_is_the_schedule_and_a_cell_across_both_is_read_whole()
    {
        var plan = Parse(
            ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian bắt đầu", "Thời gian kết thúc"],
            ["1", "Ban hành kế hoạch CCHC của phường", "Văn phòng phường", "Quý II/2025", "Quý III/2025"],
            ["2", "Kiểm tra công tác CCHC", "Phòng Nội vụ", "Tháng 01/2025", "Trước ngày 20/11/2025"],
            ["3", "Niêm yết thủ tục hành chính", "Bộ phận một cửa", "Thường xuyên", "<"]);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(ScheduleKind.Period, plan.Tasks[0].Schedule.Kind);
        Assert.Equal(new DateOnly(2025, 7, 1), plan.Tasks[0].Schedule.From);
        Assert.Equal(new DateOnly(2025, 9, 30), plan.Tasks[0].Schedule.Due);
        Assert.Equal(ScheduleKind.Date, plan.Tasks[1].Schedule.Kind);
        Assert.Equal(new DateOnly(2025, 11, 20), plan.Tasks[1].Schedule.Due);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[2].Schedule.Kind);
    }

    [Fact]
    public void A_time_column_beside_a_deadline_column_is_the_start_not_a_second_deadline()
    {
        var plan = Parse(
            ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "Thời hạn hoàn thành"],
            ["1", "Ban hành kế hoạch CCHC của phường", "Văn phòng phường", "Tháng 3/2025", "30/9/2025"]);

        Assert.Equal(ScheduleKind.Date, plan.Tasks[0].Schedule.Kind);
        Assert.Equal(new DateOnly(2025, 9, 30), plan.Tasks[0].Schedule.Due);
    }

    [Fact]
    public void Start_and_end_columns_under_one_spanning_time_heading_give_the_end_as_the_schedule()
    {
        var plan = Parse(
            ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "<"],
            ["^", "^", "^", "Bắt đầu", "Hoàn thành"],
            ["1", "Ban hành kế hoạch CCHC của phường", "Văn phòng phường", "Quý I/2025", "15/3/2025"],
            ["2", "Kiểm tra công tác CCHC", "Phòng Nội vụ", "Tháng 02/2025", "Tháng 12/2025"]);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(ScheduleKind.Date, plan.Tasks[0].Schedule.Kind);
        Assert.Equal(new DateOnly(2025, 3, 15), plan.Tasks[0].Schedule.Due);
        Assert.Equal(ScheduleKind.Period, plan.Tasks[1].Schedule.Kind);
        Assert.Equal(new DateOnly(2025, 12, 31), plan.Tasks[1].Schedule.Due);
        Assert.Equal(["Phòng Nội vụ"], plan.Tasks[1].Lead);
    }

    [Fact]
    public void A_lead_and_deadline_cell_merged_down_over_two_numbered_tasks_belongs_to_each()
    {
        var plan = Parse(
            Header,
            ["I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "<", "<", "<", "<", "<"],
            ["1", "Niêm yết thủ tục hành chính", "Bộ phận một cửa", "Các tổ dân phố", "Tháng 02/2025", ""],
            ["2", "Rà soát quy trình nội bộ", "Phòng Văn hóa - Xã hội", "Văn phòng phường", "Quý II/2025", ""],
            ["3", "Công khai kết quả giải quyết hồ sơ", "^", "Bộ phận một cửa", "^", ""],
            ["", "Cập nhật lên cổng thông tin", "^", "", "^", ""],
            ["4", "Kiểm tra công tác CCHC", "Phòng Nội vụ", "", "Tháng 11/2025", ""]);

        Assert.Equal(["1.1", "1.2", "1.3", "1.4"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[1].Lead);
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[2].Lead);
        Assert.Equal(["Bộ phận một cửa"], plan.Tasks[2].Support);
        Assert.Equal(new DateOnly(2025, 6, 30), plan.Tasks[2].Schedule.Due);
        Assert.Equal(ScheduleKind.Period, plan.Tasks[2].Schedule.Kind);
        Assert.Equal(["Phòng Nội vụ"], plan.Tasks[3].Lead);
        Assert.Equal(new DateOnly(2025, 11, 30), plan.Tasks[3].Schedule.Due);
    }

    [Fact]
    public void Text_that_keeps_the_columns_apart_reads_the_start_and_end_columns_the_same_way()
    {
        var text = string.Join('\n', WordTables.Opening) + "\n" + string.Join('\n',
            " TT   Nhiệm vụ                        Đơn vị chủ trì      Thời gian bắt đầu    Thời gian kết thúc",
            " I    CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
            " 1    Ban hành kế hoạch CCHC          Văn phòng phường    Quý II/2025          Quý III/2025",
            " 2    Kiểm tra công tác CCHC          Phòng Nội vụ        Tháng 3/2025         30/9/2025",
            "Nơi nhận:");

        var plan = PlanParser.Parse(TextDocumentReader.FromText(text));

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(ScheduleKind.Period, plan.Tasks[0].Schedule.Kind);
        Assert.Equal(new DateOnly(2025, 9, 30), plan.Tasks[0].Schedule.Due);
        Assert.Equal(ScheduleKind.Date, plan.Tasks[1].Schedule.Kind);
        Assert.Equal(new DateOnly(2025, 9, 30), plan.Tasks[1].Schedule.Due);
    }
}
