using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Rows of a task table in extracted text, one cell's lines after another, whose cells hold lists written one item to
/// a line with "- ": units in the support column, the task's parts in the task column. Invented texts.
/// </summary>
public class ContentOrderListsTests
{
    private const string Opening = """
        UBND XÃ TÂN PHÚ
        Số: 07/KH-UBND
        Tân Phú, ngày 12 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        STT Nhiệm vụ Chủ trì Phối hợp Thời gian
        I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_bulleted_unit_under_a_lead_written_plain_opens_the_support_list()
    {
        // The support column's lines are wider than the lead's, so "- Bộ phận một" / "cửa xã" looks wrapped early
        // there; the bullets still tell that the list starts with it.
        var plan = Parse(Opening + """

            1 Ban hành kế hoạch cải cách hành chính
            năm 2027 của Ủy ban nhân dân xã
            Văn phòng
            UBND xã
            Phòng Kinh tế và các thôn, tổ
            dân phố trên địa bàn xã
            Tháng 01/2027
            2 Tuyên truyền cải cách hành chính trên hệ
            thống truyền thanh của xã
            Phòng Văn
            hóa - Xã hội
            Đoàn Thanh niên và Hội Liên
            hiệp Phụ nữ xã
            Hằng tháng
            3 Kiểm tra công tác cải cách hành chính
            tại các bộ phận chuyên môn
            Văn phòng
            UBND xã
            - Bộ phận một
            cửa xã
            - Công an xã
            Quý III/2027
            4 Báo cáo kết quả cải cách hành chính
            hằng quý
            Văn phòng
            UBND xã
            Trung tâm Phục vụ hành chính
            công xã và các phòng
            Hằng quý
            """);

        var task = plan.Tasks[2];
        Assert.Equal("Kiểm tra công tác cải cách hành chính tại các bộ phận chuyên môn", task.Title);
        Assert.Equal(["Văn phòng UBND xã"], task.Lead);
        Assert.Equal(["Bộ phận một cửa xã", "Công an xã"], task.Support);
    }

    [Fact]
    public void The_bulleted_parts_of_a_task_stay_in_its_title_before_units_written_plain()
    {
        // "- Ban hành …", "- Tổ chức …" open like units ("Ban", "Tổ"); a title ending on a colon announces its parts.
        var plan = Parse(Opening + """

            1 Ban hành kế hoạch cải cách hành chính
            năm 2027 của Ủy ban nhân dân xã
            Văn phòng
            UBND xã
            Phòng Kinh tế
            Tháng 01/2027
            2 Kiểm tra công tác cải cách hành chính:
            - Ban hành kế hoạch kiểm tra
            - Tổ chức kiểm tra tại các bộ phận
            - Báo cáo kết quả kiểm tra
            Văn phòng
            UBND xã
            Phòng Kinh tế
            Quý III/2027
            3 Thực hiện quy chế dân chủ ở cơ sở:
            - Công khai các nội dung dân biết
            - Tổ dân phố lấy ý kiến nhân dân
            Văn phòng
            UBND xã
            Phòng Văn hóa -
            Xã hội
            Năm 2027
            4 - Rà soát, đánh giá thủ tục hành chính
            - Ban hành danh mục cắt giảm
            - Tổ chức đối thoại
            Văn phòng
            UBND xã
            Phòng Kinh tế
            Quý II/2027
            """);

        Assert.Equal(
            "Kiểm tra công tác cải cách hành chính: - Ban hành kế hoạch kiểm tra - Tổ chức kiểm tra tại các bộ phận - Báo cáo kết quả kiểm tra",
            plan.Tasks[1].Title);
        Assert.Equal("Thực hiện quy chế dân chủ ở cơ sở: - Công khai các nội dung dân biết - Tổ dân phố lấy ý kiến nhân dân", plan.Tasks[2].Title);
        Assert.Equal("Rà soát, đánh giá thủ tục hành chính - Ban hành danh mục cắt giảm - Tổ chức đối thoại", plan.Tasks[3].Title);
        Assert.All(plan.Tasks, t => Assert.Equal(["Văn phòng UBND xã"], t.Lead));
        Assert.Equal(["Phòng Kinh tế"], plan.Tasks[1].Support);
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[2].Support);
        Assert.Equal(["Phòng Kinh tế"], plan.Tasks[3].Support);
    }

    [Fact]
    public void Viet_Nam_wrapped_in_a_unit_name_stays_in_the_name_and_is_no_year()
    {
        var plan = Parse(Opening + """

            1 Ban hành kế hoạch cải cách hành chính
            năm 2027 của Ủy ban nhân dân xã
            Văn phòng
            UBND xã
            Phòng Kinh tế
            Tháng 01/2027
            2 Rà soát, kiện toàn tổ hòa giải ở cơ sở
            Các thôn, tổ
            dân phố
            - Công an xã
            - Ủy ban
            MTTQ Việt
            Nam xã
            Quý II/2027
            """);

        var task = plan.Tasks[1];
        Assert.Equal("Rà soát, kiện toàn tổ hòa giải ở cơ sở", task.Title);
        Assert.Equal(["Công an xã", "Ủy ban MTTQ Việt Nam xã"], task.Support);
        Assert.Equal(new DateOnly(2027, 6, 30), task.Schedule.Due);
    }
}
