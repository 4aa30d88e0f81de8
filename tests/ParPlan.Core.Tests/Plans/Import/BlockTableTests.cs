using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Plans.Import;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Text extracted in reading order block by block: the header's cells in blocks apart by blank lines, each row's
/// number alone, and the row's cells in blocks whose lines may merge pieces of neighbouring cells printed on the same
/// line. Invented texts in that shape.
/// </summary>
public class BlockTableTests
{
    private const string Opening = """
        ỦY BAN NHÂN DÂN
        XÃ TÂN LẬP
        Số: 07/KH-UBND
        Tân Lập, ngày 05 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        TT

        Nội dung

        Cơ quan chủ trì

        Cơ quan phối
        hợp

        Thời gian

        I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        1


        """;

    /// <summary>Three rows in two groups: a merged unit line, a unit wrapped over three lines, a numeral apart from its heading.</summary>
    private const string ThreeRows = """
        Ban hành Kế hoạch kiểm tra công tác
        văn thư lưu trữ năm 2027

        Phòng Kinh tế Công an xã

        Quý II/2027

        2

        Tập huấn nghiệp vụ văn thư lưu trữ
        cho công chức

        Văn phòng
        HĐND và UBND
        xã

        Phòng Kinh tế

        Thường
        xuyên

        II

        CẢI CÁCH THỂ CHẾ
        1

        Rà soát văn bản quy phạm pháp luật
        của xã

        Công an xã

        Phòng Kinh tế

        Tháng 6, 12

        Nơi nhận:
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void Rows_are_rebuilt_from_the_blocks_between_row_numbers_and_merged_unit_pieces_go_to_their_columns()
    {
        var plan = Parse(Opening + ThreeRows);

        Assert.Equal(["1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Ban hành Kế hoạch kiểm tra công tác văn thư lưu trữ năm 2027", plan.Tasks[0].Title);
        Assert.Equal(["Phòng Kinh tế"], plan.Tasks[0].Lead);
        Assert.Equal(["Công an xã"], plan.Tasks[0].Support);
        Assert.Equal(new DateOnly(2027, 6, 30), plan.Tasks[0].Schedule.Due);
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[1].Lead);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[1].Schedule.Kind);
    }

    [Fact]
    public void A_group_numeral_standing_apart_names_the_next_capitalised_heading_before_a_row_one()
    {
        var plan = Parse(Opening + ThreeRows);

        Assert.Equal(AreaCode.Institutions, plan.Tasks[2].Area);
        Assert.Equal("Rà soát văn bản quy phạm pháp luật của xã", plan.Tasks[2].Title);
        Assert.Equal(["Công an xã"], plan.Tasks[2].Lead);
        Assert.Equal(ScheduleKind.Multi, plan.Tasks[2].Schedule.Kind);
    }

    [Fact]
    public void Rows_that_open_with_their_number_and_text_are_left_to_the_other_readings()
    {
        var plan = Parse(Opening.Replace("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n1\n\n", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n", StringComparison.Ordinal) + """
            1 Ban hành Kế hoạch kiểm tra công tác năm 2027 Phòng Kinh tế Quý II/2027
            2 Tập huấn nghiệp vụ văn thư lưu trữ Công an xã Quý III/2027
            3 Rà soát văn bản quy phạm pháp luật Phòng Kinh tế Tháng 6, 12

            Nơi nhận:
            """);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
    }

    [Fact]
    public void Cells_printed_after_a_groups_last_row_go_back_to_the_rows_they_read_with()
    {
        var plan = Parse(Opening + """
            Ban hành Kế hoạch kiểm tra công tác
            văn thư lưu trữ năm 2027

            2

            Tập huấn nghiệp vụ văn thư lưu trữ
            cho công chức

            3

            Rà soát văn bản quy phạm pháp luật
            của xã

            Phòng Kinh tế Công an xã

            Trước ngày 30/6/2027

            Phòng Văn hóa Phòng Kinh tế

            Thường
            xuyên

            Công an xã

            Tháng 6, 12

            Nơi nhận:
            """);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Kinh tế"], plan.Tasks[0].Lead);
        Assert.Equal(ScheduleKind.Date, plan.Tasks[0].Schedule.Kind);
        Assert.Equal(["Phòng Văn hóa"], plan.Tasks[1].Lead);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[1].Schedule.Kind);
        Assert.Equal(["Công an xã"], plan.Tasks[2].Lead);
        Assert.Equal(ScheduleKind.Multi, plan.Tasks[2].Schedule.Kind);
    }

    [Fact]
    public void A_text_with_a_blank_line_after_every_line_is_read_as_cells_one_after_another()
    {
        // Some extractions print a blank line after every line: the blank lines part no blocks there.
        var rows = """
            1
            Ban hành Kế hoạch kiểm tra công tác
            văn thư lưu trữ năm 2027
            Phòng Kinh tế
            Công an xã
            Quý II/2027
            2
            Tập huấn nghiệp vụ văn thư lưu trữ
            cho công chức
            Văn phòng HĐND
            và UBND xã
            Phòng Văn hóa
            Thường xuyên
            3
            Niêm yết công khai thủ tục hành chính
            tại Bộ phận một cửa
            Công an xã
            Phòng Kinh tế
            Trước ngày 30/9/2027
            4
            Cập nhật cơ sở dữ liệu cán bộ, công chức
            của xã
            Phòng Văn hóa
            Công an xã
            Tháng 6/2027
            Nơi nhận:
            """;
        var head = Opening[..Opening.IndexOf("TT", StringComparison.Ordinal)] + "TT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n";
        var spaced = string.Concat((head + rows).Split('\n').Select(l => l + " \n\n"));

        var plan = Parse(spaced);

        var lines = spaced.Split('\n');
        Assert.Null(BlockTable.Read(lines, TextTableHeader.Find(lines, 0)!.Value)); // left to the interleaved readings
        Assert.Equal(["1.1", "1.2", "1.3", "1.4"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Ban hành Kế hoạch kiểm tra công tác văn thư lưu trữ năm 2027", plan.Tasks[0].Title);
        Assert.Equal(["Phòng Kinh tế"], plan.Tasks[0].Lead);
        Assert.Equal(["Công an xã"], plan.Tasks[0].Support);
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[1].Lead);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[1].Schedule.Kind);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[2].Schedule.Due);
        Assert.Equal(["Phòng Văn hóa"], plan.Tasks[3].Lead);
    }

    [Fact]
    public void A_group_whose_last_row_holds_hundreds_of_blocks_is_read_whole_by_a_bounded_search()
    {
        // Weighing every cut of every block against every row of the group would take minutes here.
        var random = new Random(11);
        string[] words = ["kiểm", "tra", "rà", "soát", "tổng", "hợp", "báo", "cáo", "xây", "dựng", "triển", "khai", "niêm", "yết", "cập", "nhật"];
        string[] units = ["Phòng Kinh tế", "Công an xã", "Văn phòng HĐND và UBND xã", "Phòng Văn hóa", "Trạm Y tế", "Hội Nông dân"];
        string[] times = ["Quý II/2027", "Thường xuyên", "Tháng 6/2027", "Trước ngày 30/9/2027"];
        string Block()
        {
            var text = string.Join(' ', Enumerable.Range(0, 4).Select(_ => words[random.Next(words.Length)]));
            return $"{char.ToUpperInvariant(text[0])}{text[1..]} {units[random.Next(units.Length)]}\n{units[random.Next(units.Length)]} {times[random.Next(times.Length)]}";
        }

        var rows = Enumerable.Range(1, 6).Select(r => $"{r}\n\n" + string.Join("\n\n", Enumerable.Range(0, r < 6 ? 4 : 120).Select(_ => Block())));
        var text = Opening[..Opening.LastIndexOf("1\n", StringComparison.Ordinal)] + string.Join("\n\n", rows) + "\n\nNơi nhận:\n";

        var plan = Parse(text);

        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"], plan.Tasks.Select(t => t.Ref));
        Assert.All(plan.Tasks, t => Assert.NotEmpty(t.Title));
        Assert.True(plan.Tasks[5].Title.Length + plan.Tasks[5].Lead.Sum(l => l.Length) > 2000); // the last row's blocks are all kept
    }
}
