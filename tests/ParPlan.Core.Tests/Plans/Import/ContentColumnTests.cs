using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Plans.Import;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>A task column beside a column of what the task involves ("Nhiệm vụ | Nội dung thực hiện"), and a note of a
/// unit's standing in brackets after its name ("Sở Nội vụ (cơ quan thường trực)").</summary>
public class ContentColumnTests
{
    private static PlanDocument Parse(params string[][] rows) => PlanParser.Parse(DocumentReader.Read(WordTables.Docx(WordTables.Opening, rows), "plan.docx"));

    [Fact]
    public void In_a_word_table_the_contents_beside_the_task_column_are_its_activities_and_the_title_stays_the_task()
    {
        var plan = Parse(
            ["STT", "Nhiệm vụ", "Nội dung thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"],
            ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<", "<", "<"],
            ["1", "Xây dựng kế hoạch cải cách hành chính năm 2027", "- Rà soát nhiệm vụ được giao\n- Dự thảo kế hoạch, lấy ý kiến các phòng", "Phòng Hành chính - Tổng hợp",
                "Các phòng chuyên môn", "Trước ngày 31/01/2027", ""],
            ["2", "Kiểm tra nội bộ việc thực hiện nhiệm vụ", "- Xây dựng kế hoạch kiểm tra\n- Báo cáo kết quả kiểm tra", "Bộ phận Kiểm soát thủ tục hành chính",
                "Phòng Hành chính - Tổng hợp", "Quý III/2027", ""]);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Xây dựng kế hoạch cải cách hành chính năm 2027", plan.Tasks[0].Title);
        Assert.Equal(["Rà soát nhiệm vụ được giao", "Dự thảo kế hoạch, lấy ý kiến các phòng"], plan.Tasks[0].Activities);
        Assert.Equal("Kiểm tra nội bộ việc thực hiện nhiệm vụ", plan.Tasks[1].Title);
        Assert.Equal(["Xây dựng kế hoạch kiểm tra", "Báo cáo kết quả kiểm tra"], plan.Tasks[1].Activities);
        Assert.Equal(["Bộ phận Kiểm soát thủ tục hành chính"], plan.Tasks[1].Lead);
    }

    [Fact]
    public void A_single_content_column_is_still_the_task_title()
    {
        var plan = Parse(
            ["STT", "Nội dung thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
            ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<"],
            ["1", "Xây dựng kế hoạch cải cách hành chính năm 2027", "Phòng Hành chính - Tổng hợp", "Các phòng chuyên môn", "Trước ngày 31/01/2027"]);

        Assert.Equal("Xây dựng kế hoạch cải cách hành chính năm 2027", Assert.Single(plan.Tasks).Title);
        Assert.Empty(plan.Tasks[0].Activities);
    }

    [Fact]
    public void A_text_header_naming_the_task_and_its_contents_has_an_activity_column_in_printed_order()
    {
        const string header = "STT Nhiệm vụ Nội dung thực hiện Đơn vị chủ trì Đơn vị phối hợp Thời hạn Ghi chú";
        var columns = TableColumns.FromHeader(header)!;

        Assert.Equal([Col.Ref, Col.Title, Col.Activity, Col.Lead, Col.Support, Col.Time, Col.Note], TableColumns.InLineOrder(header, columns));
    }

    [Fact]
    public void A_note_of_the_units_standing_in_brackets_is_not_part_of_its_name()
    {
        var plan = Parse(
            ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
            ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "<", "<", "<"],
            ["1.1", "Ban hành kế hoạch cải cách hành chính năm 2027", "Sở Nội vụ (cơ quan thường trực)", "Các sở, ban, ngành; UBND các xã, phường", "Tháng 01/2027"],
            ["1.2", "Kiểm tra công tác cải cách hành chính", "Sở Nội vụ (đầu mối)", "Văn phòng UBND tỉnh (cơ quan tham mưu)", "Quý III/2027"]);

        Assert.Equal(["Sở Nội vụ"], plan.Tasks[0].Lead);
        Assert.Equal(["Sở Nội vụ"], plan.Tasks[1].Lead);
        Assert.Equal(["Văn phòng UBND tỉnh"], plan.Tasks[1].Support);
    }
}
