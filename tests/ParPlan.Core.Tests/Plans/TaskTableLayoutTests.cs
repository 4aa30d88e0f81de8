using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

/// <summary>Task tables read by what their header row says, and tasks that span several rows ("khung nhiệm vụ").</summary>
public class TaskTableLayoutTests
{
    private static PlanDocument Parse(params string[][] rows) => PlanParser.Parse(DocumentReader.Read(WordTables.Docx(WordTables.Opening, rows), "plan.docx"));

    private static readonly string[] Group1 = ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<", "<"];

    [Fact]
    public void Columns_are_found_by_their_header_text_whatever_their_order()
    {
        var plan = Parse(
            ["Thời gian thực hiện", "Cơ quan chủ trì", "TT", "Nội dung công việc", "Phối hợp", "Sản phẩm"],
            Group1,
            ["Quý I/2025", "Phòng Nội vụ", "1", "Xây dựng kế hoạch CCHC", "Các phòng, ban", "Kế hoạch"],
            ["Thường xuyên", "Văn phòng HĐND và UBND", "2", "Kiểm tra công tác CCHC", "Phòng Nội vụ", "Báo cáo"]);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Xây dựng kế hoạch CCHC", plan.Tasks[0].Title);
        Assert.Equal(["Phòng Nội vụ"], plan.Tasks[0].Lead);
        Assert.Equal(["Các phòng, ban"], plan.Tasks[0].Support);
        Assert.Equal(["Kế hoạch"], plan.Tasks[0].Outputs);
        Assert.Equal(new DateOnly(2025, 3, 31), plan.Tasks[0].Schedule.Due);
        Assert.Equal(["Văn phòng HĐND và UBND"], plan.Tasks[1].Lead);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[1].Schedule.Kind);
    }

    [Fact]
    public void A_table_numbered_without_group_rows_gives_its_tasks_in_one_group()
    {
        var plan = Parse(
            ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
            ["1", "Xây dựng kế hoạch CCHC của Sở", "Văn phòng Sở", "Các phòng thuộc Sở", "Tháng 01/2026"],
            ["2", "Tự đánh giá Chỉ số CCHC", "Phòng Cải cách hành chính", "Văn phòng Sở", "Trước ngày 15/11/2026"]);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Văn phòng Sở"], plan.Tasks[0].Lead);
        Assert.Equal(new DateOnly(2026, 11, 15), plan.Tasks[1].Schedule.Due);
    }

    [Fact]
    public void Numbered_headers_name_the_objective_task_activity_output_lead_support_time_and_funding_columns()
    {
        var plan = Parse(
            ["1- TT", "2- Mục tiêu/Chỉ tiêu/nội dung", "3- Nhiệm vụ", "4- Hoạt động", "5- Kết quả, sản phẩm", "6- Chủ trì", "7- Phối hợp", "8- Thời gian hoàn thành", "9- Kinh phí"],
            ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<", "<", "<", "<", "<"],
            ["1", "100% cơ quan ban hành kế hoạch CCHC", "Ban hành kế hoạch CCHC", "- Xây dựng dự thảo\n- Lấy ý kiến góp ý", "Kế hoạch", "Phòng Nội vụ", "Các cơ quan chuyên môn", "Tháng 01/2025", "Ngân sách huyện"]);

        var task = Assert.Single(plan.Tasks);
        Assert.Equal("1.1", task.Ref);
        Assert.Equal("100% cơ quan ban hành kế hoạch CCHC", task.Objective);
        Assert.Equal("Ban hành kế hoạch CCHC", task.Title);
        Assert.Equal(["Xây dựng dự thảo", "Lấy ý kiến góp ý"], task.Activities);
        Assert.Equal(["Kế hoạch"], task.Outputs);
        Assert.Equal(["Phòng Nội vụ"], task.Lead);
        Assert.Equal(["Các cơ quan chuyên môn"], task.Support);
        Assert.Equal(new DateOnly(2025, 1, 31), task.Schedule.Due);
        Assert.Equal("Ngân sách huyện", task.Funding);
    }

    [Fact]
    public void A_column_headed_chi_tieu_holds_the_objective_not_the_task()
    {
        var plan = Parse(
            ["STT", "Chỉ tiêu", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
            Group1,
            ["1", "Tỷ lệ 100%", "Ban hành kế hoạch", "Phòng Nội vụ", "Các phòng", "Quý I/2025"]);

        var task = Assert.Single(plan.Tasks);
        Assert.Equal("Tỷ lệ 100%", task.Objective);
        Assert.Equal("Ban hành kế hoạch", task.Title);
    }

    [Fact]
    public void A_header_spanning_two_rows_names_the_columns_under_its_merged_title()
    {
        var plan = Parse(
            ["TT", "Nhiệm vụ", "Trách nhiệm", "<", "Thời gian"],
            ["^", "^", "Chủ trì", "Phối hợp", "^"],
            ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
            ["1", "Ban hành kế hoạch", "Phòng Nội vụ", "Các phòng", "Quý I/2025"]);

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(["Phòng Nội vụ"], task.Lead);
        Assert.Equal(["Các phòng"], task.Support);
        Assert.Equal(new DateOnly(2025, 3, 31), task.Schedule.Due);
    }

    private static readonly string[] FrameworkHeader =
        ["TT", "Mục tiêu/Chỉ tiêu/nội dung", "Nhiệm vụ", "Hoạt động", "Kết quả, sản phẩm", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Kinh phí"];

    private static readonly string[] FrameworkGroup = ["II", "Cải cách thể chế", "<", "<", "<", "<", "<", "<", "<"];

    [Fact]
    public void One_TT_with_merged_sub_rows_is_one_task_whose_cells_are_the_union_of_its_sub_rows()
    {
        var plan = Parse(FrameworkHeader, FrameworkGroup,
            ["1", "100% văn bản được rà soát", "1.1. Rà soát văn bản QPPL", "Lập danh mục", "Danh mục", "Phòng Tư pháp", "Các phòng", "Quý I/2025", ""],
            ["^", "^", "1.2. Kiểm tra văn bản QPPL", "Kiểm tra theo chuyên đề", "Kết luận", "Phòng Tư pháp\nPhòng Nội vụ", "UBND các xã", "Quý III/2025", ""],
            ["2", "Nâng cao chất lượng", "2.1. Theo dõi thi hành pháp luật", "", "Báo cáo", "Phòng Tư pháp", "", "Quý IV/2025", ""],
            ["^", "^", "2.2. Phổ biến pháp luật", "", "Báo cáo", "Phòng Tư pháp", "", "Quý IV/2025", ""]);

        Assert.Equal(["2.1", "2.2"], plan.Tasks.Select(t => t.Ref));
        var first = plan.Tasks[0];
        Assert.Equal("Rà soát văn bản QPPL", first.Title);
        Assert.Equal("100% văn bản được rà soát", first.Objective);
        Assert.Equal(["Lập danh mục", "Kiểm tra văn bản QPPL", "Kiểm tra theo chuyên đề"], first.Activities);
        Assert.Equal(["Danh mục", "Kết luận"], first.Outputs);
        Assert.Equal(["Phòng Tư pháp", "Phòng Nội vụ"], first.Lead);
        Assert.Equal(["Các phòng", "UBND các xã"], first.Support);
        Assert.Equal(ScheduleKind.Multi, first.Schedule.Kind);
        Assert.Equal([new DateOnly(2025, 3, 31), new DateOnly(2025, 9, 30)], first.Schedule.Occurrences!.Select(o => o.Due!.Value));
        Assert.Equal(ScheduleKind.Period, plan.Tasks[1].Schedule.Kind);
        Assert.Equal(new DateOnly(2025, 12, 31), plan.Tasks[1].Schedule.Due);
        Assert.Equal(AreaCode.Institutions, first.Area);
    }

    [Fact]
    public void Sub_rows_whose_deadlines_say_the_same_window_in_other_words_keep_one_schedule()
    {
        var plan = Parse(FrameworkHeader, FrameworkGroup,
            ["1", "", "1.1. Rà soát văn bản", "", "", "Phòng Tư pháp", "", "Năm 2025", ""],
            ["^", "^", "1.2. Kiểm tra văn bản", "", "", "Phòng Tư pháp", "", "Cả năm 2025", ""]);

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(ScheduleKind.Period, task.Schedule.Kind);
        Assert.Equal(new DateOnly(2025, 12, 31), task.Schedule.Due);
    }

    [Fact]
    public void Sub_numbers_in_the_TT_column_mark_sub_rows_of_the_task_above()
    {
        var plan = Parse(
            ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
            ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
            ["1", "Tuyên truyền CCHC", "", "", ""],
            ["1.1", "Xây dựng kế hoạch tuyên truyền", "Phòng Văn hoá", "Các phòng", "Quý I/2025"],
            ["1.2", "Tổ chức hội thi", "Phòng Văn hoá", "Các phòng", "Quý III/2025"],
            ["2", "Kiểm tra CCHC", "Phòng Nội vụ", "Các phòng", "Quý IV/2025"]);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Tuyên truyền CCHC", plan.Tasks[0].Title);
        Assert.Equal(["Xây dựng kế hoạch tuyên truyền", "Tổ chức hội thi"], plan.Tasks[0].Activities);
        Assert.Equal(["Phòng Văn hoá"], plan.Tasks[0].Lead);
        Assert.Equal(ScheduleKind.Multi, plan.Tasks[0].Schedule.Kind);
    }

    [Fact]
    public void A_group_row_with_a_roman_number_in_the_TT_cell_starts_a_group_whatever_its_case()
    {
        var plan = Parse(FrameworkHeader,
            ["I", "Công tác chỉ đạo, điều hành", "<", "<", "<", "<", "<", "<", "<"],
            ["1", "", "Ban hành kế hoạch", "", "Kế hoạch", "Phòng Nội vụ", "", "Quý I/2025", ""],
            FrameworkGroup,
            ["1", "", "Rà soát văn bản", "", "Danh mục", "Phòng Tư pháp", "", "Quý II/2025", ""]);

        Assert.Equal(["1.1", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal([AreaCode.Direction, AreaCode.Institutions], plan.Areas.Select(a => a.Code));
    }

    [Fact]
    public void Lettered_sub_groups_under_a_roman_group_give_refs_with_the_letter()
    {
        var plan = Parse(FrameworkHeader,
            ["VII", "Xây dựng chính quyền điện tử, chính quyền số", "<", "<", "<", "<", "<", "<", "<"],
            ["A", "Chuyển đổi số", "<", "<", "<", "<", "<", "<", "<"],
            ["1", "", "Số hoá hồ sơ", "", "", "Phòng Văn hoá", "", "Năm 2025", ""],
            ["B", "Áp dụng ISO", "<", "<", "<", "<", "<", "<", "<"],
            ["1", "", "Duy trì ISO", "", "", "Văn phòng HĐND và UBND", "", "Năm 2025", ""]);

        Assert.Equal(["7.A.1", "7.B.1"], plan.Tasks.Select(t => t.Ref));
    }
}
