using System.Text;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Plans.Import;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// Task tables in text that keeps the page's layout (a PDF extracted with its layout kept): each cell's words stand at
/// their place on the line, neighbouring cells side by side, columns apart by runs of spaces and sometimes by one
/// space only, the header's cells wrapped over lines, the next page laid out a character apart. The texts are invented
/// for these tests in that shape; each line is written as (position, text) pieces so the places are exact.
/// </summary>
public class SpacedTableTests
{
    private const string Opening = """
        ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
          XÃ TÂN HƯNG                          Độc lập - Tự do - Hạnh phúc
        Số: 21/KH-UBND                     Tân Hưng, ngày 12 tháng 01 năm 2027
                                     KẾ HOẠCH
                          Cải cách hành chính năm 2027
        I. MỤC ĐÍCH, YÊU CẦU
        - 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn.
        II. NHIỆM VỤ CỤ THỂ

        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    /// <summary>A line with each piece's text starting at its position.</summary>
    private static string L(params (int At, string Text)[] pieces)
    {
        var sb = new StringBuilder();
        foreach (var (at, text) in pieces)
        {
            sb.Append(' ', Math.Max(sb.Length == 0 ? 0 : 1, at - sb.Length)).Append(text);
        }

        return sb.ToString();
    }

    private static string Lines(params string[] lines) => string.Join('\n', lines) + '\n';

    [Fact]
    public void Cells_one_space_apart_are_cut_at_the_column_edges_the_rows_show_under_a_header_wrapped_over_three_lines()
    {
        var plan = Parse(Opening + Lines(
            L((62, "Cơ quan phối")),
            L((1, "TT"), (18, "Nội dung"), (43, "Cơ quan chủ trì"), (78, "Thời gian")),
            L((66, "hợp")),
            L((0, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")),
            L((2, "1"), (6, "Xây dựng và ban hành Kế hoạch cải"), (40, "Phòng Văn hóa -"), (56, "Văn phòng"), (69, "Trước ngày")),
            L((6, "cách hành chính năm 2027"), (40, "Xã hội"), (56, "HĐND và UBND"), (69, "20/01/2027")),
            L((56, "xã")),
            L((2, "2"), (6, "Kiểm tra công tác cải cách hành"), (44, "Văn phòng"), (57, "Phòng Văn hóa -"), (78, "Quý III/2027")),
            L((6, "chính tại các cơ quan, đơn vị"), (44, "HĐND và UBND"), (57, "Xã hội"), (78, "")),
            L((44, "xã")),
            L((0, "II. CẢI CÁCH THỂ CHẾ")),
            L((2, "1"), (6, "Rà soát văn bản quy phạm pháp"), (40, "Văn phòng HĐND"), (56, "Công an xã"), (74, "Thường xuyên")),
            L((6, "luật do xã ban hành"), (40, "và UBND xã")),
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện."));

        Assert.Equal(["1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Xây dựng và ban hành Kế hoạch cải cách hành chính năm 2027", plan.Tasks[0].Title);
        Assert.Equal("Phòng Văn hóa - Xã hội", string.Join(" ", plan.Tasks[0].Lead));
        Assert.Equal("Văn phòng HĐND và UBND xã", string.Join(" ", plan.Tasks[0].Support));
        Assert.Equal(new DateOnly(2027, 1, 20), plan.Tasks[0].Schedule.Due);
        Assert.Equal("Văn phòng HĐND và UBND xã", string.Join(" ", plan.Tasks[1].Lead));
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[1].Schedule.Due);
        Assert.Equal("Văn phòng HĐND và UBND xã", string.Join(" ", plan.Tasks[2].Lead));
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[2].Schedule.Kind);
    }

    [Fact]
    public void A_heading_over_two_header_cells_is_left_out_and_a_page_laid_out_a_character_apart_keeps_its_columns()
    {
        var plan = Parse(Opening + Lines(
            L((62, "Trách nhiệm thực hiện"), (92, "Thời gian hoàn")),
            L((0, "STT"), (20, "Nhiệm vụ"), (44, "Sản phẩm"), (104, "Ghi chú")),
            L((60, "Chủ trì"), (78, "Phối hợp"), (96, "thành")),
            L((0, "I"), (8, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")),
            L((4, "1"), (8, "Ban hành Kế hoạch cải cách hành"), (42, "Kế hoạch"), (58, "Phòng Văn hóa -"), (76, "Văn phòng HĐND"), (94, "Trước ngày")),
            L((8, "chính năm 2027"), (58, "Xã hội"), (76, "và UBND phường"), (94, "15/01/2027")),
            L((4, "2"), (8, "Kiểm tra kỷ luật, kỷ cương hành"), (42, "Thông báo"), (58, "Văn phòng HĐND"), (76, "Phòng Văn hóa -"), (95, "Quý III/2027"), (104, "Lồng ghép")),
            L((8, "chính"), (58, "và UBND phường"), (76, "Xã hội")),
            "\f" + L((5, "3"), (9, "Đánh giá, xếp loại công chức năm"), (43, "Quyết định"), (59, "Phòng Văn hóa -"), (77, "Các phòng chuyên"), (96, "Tháng 12/2027")),
            L((9, "2027"), (59, "Xã hội"), (77, "môn thuộc phường")),
            L((5, "4"), (9, "Công khai dự toán ngân sách"), (43, "Thông báo"), (59, "Phòng Kinh tế"), (77, "Văn phòng HĐND"), (98, "Hằng quý")),
            L((77, "và UBND phường")),
            "Nơi nhận:"));

        Assert.Equal(["1.1", "1.2", "1.3", "1.4"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế"],
            plan.Tasks.Select(t => string.Join(" ", t.Lead)));
        Assert.Equal("Các phòng chuyên môn thuộc phường", string.Join(" ", plan.Tasks[2].Support));
        Assert.Equal(["Quyết định"], plan.Tasks[2].Outputs);
        Assert.Equal(new DateOnly(2027, 12, 31), plan.Tasks[2].Schedule.Due);
        Assert.Equal(ScheduleKind.Recurring, plan.Tasks[3].Schedule.Kind);
    }

    [Fact]
    public void Sub_rows_numbered_under_a_task_with_a_merged_objective_make_one_task()
    {
        var plan = Parse(Opening + Lines(
            L((7, "Mục tiêu/Chỉ"), (70, "Thời gian")),
            L((0, "TT"), (30, "Nhiệm vụ"), (50, "Chủ trì"), (62, "Phối hợp"), (80, "Kinh phí")),
            L((7, "tiêu/nội dung"), (69, "hoàn thành")),
            L((0, "1"), (5, "Nâng cao hiệu quả"), (24, "1.1. Ban hành Kế hoạch"), (48, "Phòng Nội vụ"), (61, "Văn phòng"), (72, "Tháng"), (80, "Ngân sách")),
            L((5, "chỉ đạo, điều hành"), (24, "cải cách hành chính"), (61, "UBND"), (71, "01/2027"), (80, "thị xã")),
            L((24, "1.2. Kiểm tra công tác"), (48, "Phòng Nội vụ"), (61, "Các phòng"), (70, "Quý III/2027")),
            L((24, "cải cách hành chính"), (61, "chuyên môn")),
            L((0, "2"), (5, "Hoàn thiện thể chế"), (24, "Rà soát văn bản quy"), (48, "Phòng Tư pháp"), (61, "Các phòng"), (70, "Quý II/2027")),
            L((24, "phạm pháp luật"), (61, "chuyên môn")),
            "Nơi nhận:"));

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Ban hành Kế hoạch cải cách hành chính", plan.Tasks[0].Title);
        Assert.Equal("Nâng cao hiệu quả chỉ đạo, điều hành", plan.Tasks[0].Objective);
        Assert.Equal(["Phòng Nội vụ"], plan.Tasks[0].Lead);
        Assert.Equal(ScheduleKind.Multi, plan.Tasks[0].Schedule.Kind);
        Assert.Equal([new DateOnly(2027, 1, 31), new DateOnly(2027, 9, 30)], plan.Tasks[0].Schedule.Occurrences!.Select(o => o.Due!.Value));
        Assert.Equal(["Phòng Tư pháp"], plan.Tasks[1].Lead);
    }

    [Theory]
    [InlineData("ST", 1, 2)]
    [InlineData("T", 2, 2)]
    public void A_row_number_header_a_narrow_column_wrapped_over_two_lines_still_opens_the_table(string top, int at, int bottomAt)
    {
        var plan = Parse(Opening + Lines(
            L((at, top), (18, "Nội dung"), (40, "Cơ quan chủ"), (56, "Cơ quan phối"), (72, "Thời gian")),
            L((bottomAt, "T"), (43, "trì"), (60, "hợp")),
            L((0, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")),
            L((2, "1"), (6, "Ban hành kế hoạch năm 2027"), (40, "Phòng Nội vụ"), (56, "Các phòng"), (72, "Quý I/2027")),
            L((2, "2"), (6, "Kiểm tra công tác cải cách"), (40, "Văn phòng"), (56, "Công an xã"), (72, "Năm 2027")),
            L((40, "HĐND và UBND")),
            L((2, "3"), (6, "Tổng hợp báo cáo"), (40, "Phòng Nội vụ"), (56, "Các phòng"), (72, "Thường xuyên")),
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện."));

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Văn phòng HĐND và UBND", string.Join(" ", plan.Tasks[1].Lead));
        Assert.Equal(["Công an xã"], plan.Tasks[1].Support);
        Assert.Equal(new DateOnly(2027, 3, 31), plan.Tasks[0].Schedule.Due);
    }

    [Fact]
    public void A_row_centred_in_its_cells_begins_at_its_titles_first_line_above_the_number()
    {
        var plan = Parse(Opening + Lines(
            L((1, "TT"), (18, "Nội dung"), (40, "Cơ quan chủ trì"), (58, "Phối hợp"), (72, "Thời gian")),
            L((0, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")),
            L((6, "Ban hành kế hoạch cải cách"), (40, "Phòng Nội vụ")),
            L((2, "1"), (58, "Các phòng"), (72, "Quý I/2027")),
            L((6, "hành chính năm 2027")),
            L((6, "Kiểm tra công tác cải cách"), (40, "Văn phòng")),
            L((2, "2"), (6, "hành chính tại các xã"), (40, "HĐND và UBND"), (58, "Công an xã"), (72, "Năm 2027")),
            L((40, "xã")),
            L((2, "3"), (6, "Tổng hợp báo cáo"), (40, "Phòng Nội vụ"), (58, "Các phòng"), (72, "Thường xuyên")),
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện."));

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Ban hành kế hoạch cải cách hành chính năm 2027", plan.Tasks[0].Title);
        Assert.Equal(["Phòng Nội vụ"], plan.Tasks[0].Lead);
        Assert.Equal("Kiểm tra công tác cải cách hành chính tại các xã", plan.Tasks[1].Title);
        Assert.Equal("Văn phòng HĐND và UBND xã", string.Join(" ", plan.Tasks[1].Lead));
        Assert.Equal("Tổng hợp báo cáo", plan.Tasks[2].Title);
    }

    [Fact]
    public void A_units_head_word_one_space_before_a_unit_columns_border_goes_with_the_name_after_it()
    {
        int[] borders = [6, 30, 46, 60];
        var line = L((2, "1"), (6, "Rà soát quy chế"), (24, "Phòng"), (30, "Tư pháp"), (60, "Quý I/2027"));

        var cut = SpacedLineCut.Cut(line, borders, true, new HashSet<int> { 2, 3 });

        Assert.Equal(["1", "Rà soát quy chế", "Phòng Tư pháp", "", "Quý I/2027"], cut);
    }

    [Fact]
    public void A_word_of_a_centred_unit_cell_that_runs_well_past_the_border_belongs_to_the_unit_column()
    {
        int[] borders = [6, 30, 46, 60];
        var units = new HashSet<int> { 2, 3 };

        Assert.Equal(["", "theo tiêu chuẩn ISO", "HĐND và UBND", "chuyên môn", ""],
            SpacedLineCut.Cut(L((6, "theo tiêu chuẩn ISO"), (28, "HĐND và UBND"), (46, "chuyên môn")), borders, false, units));
        Assert.Equal(["", "rà soát văn bản các", "Văn phòng", "", ""],
            SpacedLineCut.Cut(L((6, "rà soát văn bản"), (28, "các"), (36, "Văn phòng")), borders, false, units));
    }

    [Fact]
    public void A_head_word_before_a_name_that_begins_a_unit_or_before_a_time_cell_stays_where_it_is()
    {
        int[] borders = [6, 30, 46, 60];

        Assert.Equal(["1", "Rà soát quy chế Phòng", "Văn phòng Sở", "", ""],
            SpacedLineCut.Cut(L((2, "1"), (6, "Rà soát quy chế"), (24, "Phòng"), (30, "Văn phòng Sở")), borders, true, new HashSet<int> { 2, 3 }));
        Assert.Equal(["1", "Rà soát", "Văn phòng HĐND Phòng", "Quý I/2027", ""],
            SpacedLineCut.Cut(L((2, "1"), (6, "Rà soát"), (31, "Văn phòng HĐND Phòng"), (52, "Quý I/2027")), [6, 30, 52, 70], true, new HashSet<int> { 2 }));
    }

    [Fact]
    public void Header_cells_one_space_apart_are_cut_before_the_capital_that_opens_the_second_and_a_repeated_header_is_skipped()
    {
        var plan = Parse(Opening + Lines(
            L((1, "TT"), (6, "Nội dung"), (38, "Sản phẩm đầu ra Đơn vị chủ trì"), (71, "Đơn vị phối hợp"), (90, "Thời gian")),
            L((0, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")),
            L((2, "1"), (6, "Xây dựng Kế hoạch kiểm tra"), (38, "Kế hoạch"), (54, "Văn phòng Sở"), (71, "Thanh tra Sở"), (90, "Quý I/2027")),
            L((2, "2"), (6, "Tổng hợp báo cáo định kỳ"), (38, "Báo cáo"), (54, "Thanh tra Sở"), (71, "Văn phòng Sở"), (90, "Quý IV/2027")),
            L((1, "TT"), (6, "Nội dung"), (38, "Sản phẩm đầu ra Đơn vị chủ trì"), (71, "Đơn vị phối hợp"), (90, "Thời gian")),
            L((2, "3"), (6, "Cập nhật danh mục thủ tục"), (38, "Danh mục"), (54, "Phòng Pháp chế"), (71, "Văn phòng Sở"), (90, "Quý II/2027")),
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện."));

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Văn phòng Sở", "Thanh tra Sở", "Phòng Pháp chế"], plan.Tasks.Select(t => string.Join(" ", t.Lead)));
        Assert.Equal(["Thanh tra Sở", "Văn phòng Sở", "Văn phòng Sở"], plan.Tasks.Select(t => string.Join(" ", t.Support)));
        Assert.Equal("Cập nhật danh mục thủ tục", plan.Tasks[2].Title);
    }

    [Fact]
    public void A_named_part_heading_at_the_margin_opens_a_group_and_rows_numbered_from_one_again_stay_apart()
    {
        var plan = Parse(Opening + Lines(
            L((1, "TT"), (6, "Nội dung nhiệm vụ"), (40, "Đơn vị chủ trì"), (58, "Đơn vị phối hợp"), (78, "Thời gian")),
            L((1, "Phần I. Cải cách thể chế và thủ tục hành chính")),
            L((2, "1"), (6, "Rà soát văn bản của xã"), (40, "Công chức Tư pháp"), (58, "Văn phòng xã"), (78, "Quý I/2027")),
            L((2, "2"), (6, "Niêm yết thủ tục mới"), (40, "Bộ phận Một cửa"), (58, "Văn phòng xã"), (78, "Hằng tháng")),
            L((1, "Phần II. Chính quyền số")),
            L((2, "1"), (6, "Số hóa hồ sơ hộ tịch"), (40, "Công chức Tư pháp"), (58, "Công an xã"), (78, "Quý III/2027")),
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện."));

        Assert.Equal(["1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Số hóa hồ sơ hộ tịch", plan.Tasks[2].Title);
        Assert.Equal("Công an xã", string.Join(" ", plan.Tasks[2].Support));
    }

    [Fact]
    public void An_arabic_numbered_heading_running_from_the_number_cell_into_the_next_opens_a_group()
    {
        var plan = Parse(Opening + Lines(
            L((1, "TT"), (8, "Nội dung nhiệm vụ"), (40, "Đơn vị chủ trì"), (58, "Đơn vị phối hợp"), (78, "Thời gian")),
            L((1, "1. Công tác chỉ đạo, điều hành")),
            L((2, "1"), (8, "Rà soát văn bản của phường"), (40, "Công chức Tư pháp"), (58, "Văn phòng phường"), (78, "Quý I/2027")),
            L((2, "2"), (8, "Niêm yết thủ tục mới"), (40, "Bộ phận Một cửa"), (58, "Văn phòng phường"), (78, "Hằng tháng")),
            L((1, "2. Chính quyền số")),
            L((2, "1"), (8, "Số hóa hồ sơ hộ tịch"), (40, "Công chức Tư pháp"), (58, "Công an phường"), (78, "Quý III/2027")),
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện."));

        Assert.Equal(["1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Số hóa hồ sơ hộ tịch", plan.Tasks[2].Title);
        Assert.Equal("Công an phường", string.Join(" ", plan.Tasks[2].Support));
    }

    [Fact]
    public void Text_without_a_spaced_header_row_is_left_as_it_is()
    {
        var document = TextDocumentReader.FromText(Opening + Lines(
            "TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian",
            "1 Xây dựng Kế hoạch cải cách hành chính Phòng Văn hóa - Xã hội Các phòng Quý I/2027",
            "Điểm      cách      xa      nhau      trong      một      đoạn      văn."));

        Assert.Same(document, SpacedTables.Rebuild(document));
    }
}
