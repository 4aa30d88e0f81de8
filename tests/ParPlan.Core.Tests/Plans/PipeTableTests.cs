using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// Task tables in the text of legal-document websites, where "|" separates the cells of a row: read by their header
/// like real tables, whatever the borders, with cells broken over lines, group rows with or without "|", merged
/// sub-rows, and tables without group rows. The texts are written for these tests in the websites' shape.
/// </summary>
public class PipeTableTests
{
    private const string Opening = """
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 14/KH-UBND | Tân Phú, ngày 10 tháng 01 năm 2026 |
        KẾ HOẠCH
        Cải cách hành chính năm 2026
        I. MỤC ĐÍCH, YÊU CẦU
        - Nâng cao hiệu quả cải cách hành chính.
        II. NHIỆM VỤ TRỌNG TÂM

        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_bordered_pipe_table_is_read_by_its_header_with_group_rows_and_a_cell_broken_over_two_lines()
    {
        var plan = Parse(Opening + """
            | TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
            | I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH |
            | 1 | Xây dựng Kế hoạch cải cách hành chính năm 2026 | Văn phòng HĐND và UBND xã | Các ban, ngành liên quan | Trước ngày 15/01/2026 | Kế hoạch |
            | 2 | Tuyên truyền về cải cách hành chính | Phòng Văn hóa - Xã hội | Văn phòng HĐND và UBND xã | Quý I/2026 | Kế hoạch tuyên truyền |
            | II | CẢI CÁCH THỂ CHẾ |
            | 1 | Rà soát văn bản quy phạm pháp luật
            do xã ban hành | Phòng Kinh tế | Các ban, ngành | Thường xuyên | Báo cáo |
            IV. TỔ CHỨC THỰC HIỆN
            1. Văn phòng HĐND và UBND xã là cơ quan thường trực.
            """);

        Assert.Equal(["1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[0].Lead);
        Assert.Equal(["Các ban, ngành liên quan"], plan.Tasks[0].Support);
        Assert.Equal(new DateOnly(2026, 1, 15), plan.Tasks[0].Schedule.Due);
        Assert.Equal(["Kế hoạch tuyên truyền"], plan.Tasks[1].Outputs);
        Assert.Equal(new DateOnly(2026, 3, 31), plan.Tasks[1].Schedule.Due);
        Assert.Equal("Rà soát văn bản quy phạm pháp luật do xã ban hành", plan.Tasks[2].Title);
        Assert.Equal(["Phòng Kinh tế"], plan.Tasks[2].Lead);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[2].Schedule.Kind);
    }

    [Fact]
    public void A_bordered_header_row_cut_inside_a_cell_is_joined_back_and_its_columns_keep_their_places()
    {
        var plan = Parse(Opening + """
            | TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
            hợp | Thời gian hoàn thành | Sản phẩm |
            | I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH |
            | 1 | Xây dựng Kế hoạch cải cách hành chính năm 2026 | Văn phòng HĐND và UBND xã | Các ban, ngành liên quan | Trước ngày 15/01/2026 | Kế hoạch |
            | 2 | Tuyên truyền về cải cách hành chính | Phòng Văn hóa - Xã hội | Văn phòng HĐND và UBND xã | Quý I/2026 | Kế hoạch tuyên truyền |
            IV. TỔ CHỨC THỰC HIỆN
            """);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[0].Lead);
        Assert.Equal(["Các ban, ngành liên quan"], plan.Tasks[0].Support);
        Assert.Equal(new DateOnly(2026, 1, 15), plan.Tasks[0].Schedule.Due);
        Assert.Equal(["Kế hoạch tuyên truyền"], plan.Tasks[1].Outputs);
        Assert.Equal(new DateOnly(2026, 3, 31), plan.Tasks[1].Schedule.Due);
    }

    [Fact]
    public void A_framework_table_without_a_leading_border_keeps_its_merged_sub_rows_and_plain_group_lines()
    {
        var plan = Parse(Opening + """
            TT | Mục tiêu/Chỉ tiêu/nội dung | Nhiệm vụ | Hoạt động | Kết quả, sản phẩm | Chủ trì | Phối hợp | Thời gian hoàn thành | Kinh phí |
            I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH |
            1 | 100% cơ quan ban hành kế hoạch CCHC | 1.1. Xây dựng kế hoạch CCHC năm 2026 | Dự thảo, lấy ý kiến | Kế hoạch | Phòng Nội vụ | Các phòng chuyên môn | Tháng 01/2026 | Ngân sách xã |
             | | 1.2. Kiểm tra công tác CCHC | Kiểm tra tại 5 thôn | Báo cáo kiểm tra | Phòng Nội vụ | Văn phòng HĐND và UBND xã | Quý III/2026 | |
            II. CẢI CÁCH THỂ CHẾ
            1 | Văn bản ban hành đúng quy định | Rà soát văn bản | Rà soát, công bố danh mục | Báo cáo rà soát | Phòng Tư pháp | Các phòng chuyên môn | Trước ngày 31/01/2026 | |
            Nơi nhận: | TM. ỦY BAN NHÂN DÂN |
            - UBND tỉnh; | CHỦ TỊCH |
            """);

        Assert.Equal(["1.1", "2.1"], plan.Tasks.Select(t => t.Ref));
        var first = plan.Tasks[0];
        Assert.Equal("Xây dựng kế hoạch CCHC năm 2026", first.Title);
        Assert.Equal("100% cơ quan ban hành kế hoạch CCHC", first.Objective);
        Assert.Equal(["Dự thảo, lấy ý kiến", "Kiểm tra công tác CCHC", "Kiểm tra tại 5 thôn"], first.Activities);
        Assert.Equal(["Phòng Nội vụ"], first.Lead);
        Assert.Equal(["Các phòng chuyên môn", "Văn phòng HĐND và UBND xã"], first.Support);
        Assert.Equal(ScheduleKind.Multi, first.Schedule.Kind);
        Assert.Equal("Ngân sách xã", first.Funding);
        Assert.Equal(["Phòng Tư pháp"], plan.Tasks[1].Lead);
        Assert.Equal(new DateOnly(2026, 1, 31), plan.Tasks[1].Schedule.Due);
    }

    [Fact]
    public void A_sub_row_that_leaves_out_the_cells_spanning_from_above_keeps_its_cells_in_their_columns()
    {
        var plan = Parse(Opening + """
            | TT | Mục tiêu | Nhiệm vụ | Hoạt động | Kết quả, sản phẩm | Chủ trì | Phối hợp | Thời gian hoàn thành |
            | I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH |
            | 1 | Kế hoạch CCHC ban hành đúng hạn | 1.1. Xây dựng kế hoạch CCHC | Dự thảo kế hoạch | Kế hoạch | Phòng Nội vụ | Các phòng chuyên môn | Tháng 01/2026 |
            | 1.2. Theo dõi thực hiện kế hoạch | Kiểm tra định kỳ | Báo cáo kiểm tra | Văn phòng HĐND và UBND | Phòng Nội vụ | Quý IV/2026 |
            | 2 | Người dân hài lòng | Khảo sát sự hài lòng | Phát phiếu khảo sát | Báo cáo khảo sát | Phòng Nội vụ | Các xã | Tháng 10/2026 |
            """);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        var first = plan.Tasks[0];
        Assert.Equal("Xây dựng kế hoạch CCHC", first.Title);
        Assert.Equal(["Dự thảo kế hoạch", "Theo dõi thực hiện kế hoạch", "Kiểm tra định kỳ"], first.Activities);
        Assert.Equal(["Phòng Nội vụ", "Văn phòng HĐND và UBND"], first.Lead);
        Assert.Equal(["Kế hoạch", "Báo cáo kiểm tra"], first.Outputs);
        Assert.Equal(ScheduleKind.Multi, first.Schedule.Kind);
        Assert.Equal("Khảo sát sự hài lòng", plan.Tasks[1].Title);
    }

    [Fact]
    public void A_table_numbered_without_group_rows_gives_its_tasks_in_one_group()
    {
        var plan = Parse(Opening + """
            | STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |
            | 1 | Xây dựng kế hoạch CCHC của Sở | Văn phòng Sở | Các phòng thuộc Sở | Tháng 01/2026 |
            | 2 | Tự đánh giá Chỉ số CCHC | Phòng Cải cách hành chính | Văn phòng Sở | Trước ngày 15/11/2026 |
            """);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Cải cách hành chính"], plan.Tasks[1].Lead);
        Assert.Equal(new DateOnly(2026, 11, 15), plan.Tasks[1].Schedule.Due);
    }

    [Fact]
    public void A_table_printed_cell_by_cell_with_a_pipe_line_after_each_cell_is_cut_into_rows_by_its_numbers()
    {
        static string Cells(params string[] cells) => string.Join("\n|\n", cells) + "\n|\n";
        var plan = Parse(Opening
            + Cells("TT", "Mục tiêu", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian\nhoàn thành")
            + Cells("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
            + Cells("1", "Kế hoạch CCHC ban hành đúng hạn", "1.1. Xây dựng kế hoạch\ncải cách hành chính", "Phòng Nội vụ", "Các phòng chuyên môn", "Tháng 01/2026")
            + Cells("1.2. Theo dõi thực hiện kế hoạch", "Văn phòng HĐND và UBND", "Phòng Nội vụ", "Quý IV/2026")
            + Cells("2", "Người dân hài lòng", "Khảo sát sự hài lòng", "Phòng Nội vụ", "", "Tháng 10/2026")
            + Cells("II", "CẢI CÁCH THỂ CHẾ")
            + Cells("1", "", "Rà soát văn bản quy phạm pháp luật", "Phòng Tư pháp", "Các phòng chuyên môn", "Thường xuyên")
            + "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ là cơ quan thường trực.\n");

        Assert.Equal(["1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        var first = plan.Tasks[0];
        Assert.Equal("Xây dựng kế hoạch cải cách hành chính", first.Title);
        Assert.Equal(["Theo dõi thực hiện kế hoạch"], first.Activities);
        Assert.Equal(["Phòng Nội vụ", "Văn phòng HĐND và UBND"], first.Lead);
        Assert.Equal(ScheduleKind.Multi, first.Schedule.Kind);
        Assert.Equal(["Phòng Nội vụ"], plan.Tasks[1].Lead);
        Assert.Empty(plan.Tasks[1].Support);
        Assert.Equal(new DateOnly(2026, 10, 31), plan.Tasks[1].Schedule.Due);
        Assert.Equal(["Phòng Tư pháp"], plan.Tasks[2].Lead);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[2].Schedule.Kind);
        Assert.Equal("Phòng Nội vụ", plan.Header.StandingAgency);
    }

    [Fact]
    public void Headers_worded_otherwise_name_their_columns()
    {
        var plan = Parse(Opening + """
            | Số thứ tự | Tên nhiệm vụ | Cơ quan tham mưu | Đơn vị phối hợp | Thời điểm hoàn thành | Nguồn vốn |
            | 1 | Xây dựng kế hoạch CCHC | Phòng Nội vụ | Các phòng chuyên môn | Tháng 01/2026 | Ngân sách xã |
            | 2 | Kiểm tra công tác CCHC | Văn phòng HĐND và UBND | Phòng Nội vụ | Quý IV/2026 | |
            """);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Xây dựng kế hoạch CCHC", plan.Tasks[0].Title);
        Assert.Equal(["Phòng Nội vụ"], plan.Tasks[0].Lead);
        Assert.Equal(new DateOnly(2026, 1, 31), plan.Tasks[0].Schedule.Due);
        Assert.Equal("Ngân sách xã", plan.Tasks[0].Funding);
        Assert.Equal(["Văn phòng HĐND và UBND"], plan.Tasks[1].Lead);
    }

    [Fact]
    public void Pipes_that_form_no_task_table_leave_the_text_reading_as_it_was()
    {
        const string text = """
            ỦY BAN NHÂN DÂN XÃ TÂN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 14/KH-UBND | Tân Phú, ngày 10 tháng 01 năm 2026 |
            KẾ HOẠCH
            Cải cách hành chính năm 2026
            - Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.
            """;
        var withPipes = Parse(text);
        var withoutPipes = Parse(text.Replace(" |", "", StringComparison.Ordinal));

        Assert.Equal(withoutPipes.Header, withPipes.Header);
        Assert.Equal(withoutPipes.Targets.Count, withPipes.Targets.Count);
        Assert.Empty(withPipes.Tasks);
    }
}
