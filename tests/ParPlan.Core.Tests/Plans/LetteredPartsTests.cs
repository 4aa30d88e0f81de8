using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// A task's title cell that lists its parts on their own lines, "a) …", "b) …", under a lead-in: the parts belong to
/// that task (its activities) and are not a lettered sub-group (sub-groups are lettered in capitals). Invented texts in
/// the shapes a content-order extraction and a Word table give.
/// </summary>
public class LetteredPartsTests
{
    private const string Opening = """
        ỦY BAN NHÂN DÂN
        PHƯỜNG HÒA AN
        Số: 41/KH-UBND
        Hòa An, ngày 08 tháng 12 năm 2026
        KẾ HOẠCH
        Cải cách hành chính phường Hòa An năm 2027
        Phụ lục
        TT Nội dung công việc
        Đơn vị chủ trì
        Đơn vị phối hợp
        Thời gian thực
        hiện
        """;

    private const string Rows = """
        I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        1 Ban hành kế hoạch kiểm tra công tác cải
        cách hành chính năm 2027
        Văn phòng HĐND và
        UBND phường
        Các phòng chuyên
        môn thuộc phường
        Quý I/2027
        2 Tổ chức tuyên truyền về cải cách hành
        chính năm 2027
        a) Biên soạn tài liệu hỏi đáp về dịch vụ
        công trực tuyến;
        b) Phát thanh chuyên mục cải cách hành chính.
        Phòng Văn hóa - Xã
        hội
        Các tổ dân phố
        Quý II/2027
        3 Tổng hợp báo cáo cải cách hành chính
        Văn phòng HĐND và
        UBND phường
        Các phòng chuyên
        môn thuộc phường
        Thường xuyên
        Nơi nhận:
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void Lower_case_lettered_lines_in_a_task_cell_do_not_start_a_sub_group()
    {
        var plan = Parse(Opening + "\n" + Rows);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        var task = plan.Tasks[1];
        Assert.Equal(["Phòng Văn hóa - Xã hội"], task.Lead);
        Assert.Equal(["Các tổ dân phố"], task.Support);
        Assert.Equal(new DateOnly(2027, 6, 30), task.Schedule.Due);
    }

    [Fact]
    public void Lettered_parts_of_a_task_cell_are_its_activities_and_the_lead_in_is_its_title()
    {
        var plan = Parse(Opening + "\n" + Rows);

        var task = plan.Tasks.Single(t => t.Ref == "1.2");
        Assert.Equal("Tổ chức tuyên truyền về cải cách hành chính năm 2027", task.Title);
        Assert.Equal(["Biên soạn tài liệu hỏi đáp về dịch vụ công trực tuyến", "Phát thanh chuyên mục cải cách hành chính"], task.Activities);
    }

    [Fact]
    public void Lettered_parts_survive_a_blank_line_after_every_line()
    {
        var spaced = string.Join("\n\n", (Opening + "\n" + Rows).Split('\n'));

        var plan = Parse(spaced);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(2, plan.Tasks[1].Activities.Count);
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[1].Lead);
    }

    [Fact]
    public void Lettered_paragraphs_of_a_word_task_cell_are_its_activities()
    {
        var docx = WordTables.Docx(
            WordTables.Opening,
            ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
            ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<"],
            ["1", "Tổ chức tuyên truyền về cải cách hành chính\na) Biên soạn tài liệu hỏi đáp;\nb) Phát thanh chuyên mục cải cách hành chính.",
                "Phòng Văn hóa và Thông tin", "Các xã, thị trấn", "Quý II/2025"],
            ["2", "Kiểm tra công tác cải cách hành chính", "Phòng Nội vụ", "Các phòng, ban", "Thường xuyên"]);

        var plan = PlanParser.Parse(DocumentReader.Read(docx, "plan.docx"));

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Tổ chức tuyên truyền về cải cách hành chính", plan.Tasks[0].Title);
        Assert.Equal(["Biên soạn tài liệu hỏi đáp", "Phát thanh chuyên mục cải cách hành chính"], plan.Tasks[0].Activities);
        Assert.Equal(ScheduleKind.Ongoing, plan.Tasks[1].Schedule.Kind);
    }

    [Fact]
    public void A_single_lettered_line_without_a_following_letter_stays_in_the_title()
    {
        var docx = WordTables.Docx(
            WordTables.Opening,
            ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
            ["1", "Tổ chức tuyên truyền\na) Biên soạn tài liệu hỏi đáp", "Phòng Nội vụ", "Các phòng, ban", "Quý II/2025"]);

        var plan = PlanParser.Parse(DocumentReader.Read(docx, "plan.docx"));

        Assert.Equal("Tổ chức tuyên truyền a) Biên soạn tài liệu hỏi đáp", plan.Tasks[0].Title);
        Assert.Empty(plan.Tasks[0].Activities);
    }
}
