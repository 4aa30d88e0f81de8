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
}
