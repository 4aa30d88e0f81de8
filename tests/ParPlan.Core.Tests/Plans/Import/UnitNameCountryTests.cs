using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// A support list in extracted text (cells one after another) whose last unit names the country ("Hội Nông dân" /
/// "Việt Nam" / "xã"): "Nam" is not the word "năm" of a deadline, so the unit stays whole in its cell and the deadline
/// cell after it keeps its own lines. Invented texts.
/// </summary>
public class UnitNameCountryTests
{
    private const string Table = """
        UBND XÃ TÂN PHÚ
        Số: 07/KH-UBND
        Tân Phú, ngày 12 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        STT Nhiệm vụ Sản phẩm Chủ trì Phối hợp Thời gian Kinh phí
        I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        1 Ban hành kế hoạch cải cách
        hành chính năm 2027
        Kế hoạch Văn phòng
        UBND xã
        Các phòng chuyên
        môn
        Tháng 01/2027 Ngân sách
        xã
        2 Tuyên truyền pháp luật
        tại các thôn, xóm
        Tin phát
        thanh
        Phòng Văn hóa
        - Xã hội
        Các thôn, xóm;
        Hội Nông dân
        Việt Nam
        xã
        Thường
        xuyên
        3 Sắp xếp các thôn, xóm
        theo tiêu chí mới
        Đề án Phòng Văn hóa
        - Xã hội
        Các thôn, xóm;
        Hội Nông dân
        Việt Nam
        xã
        Sau khi có
        hướng dẫn
        của tỉnh
        4 Báo cáo kết quả cải cách
        hành chính hằng quý
        Báo cáo Văn phòng
        UBND xã
        Các phòng chuyên
        môn
        Hằng quý Ngân sách
        xã
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_unit_named_after_the_country_stays_in_the_support_cell_before_a_recurring_deadline()
    {
        var task = Parse(Table).Tasks[1];

        Assert.Equal(["Phòng Văn hóa - Xã hội"], task.Lead);
        Assert.Equal(["Các thôn, xóm", "Hội Nông dân Việt Nam xã"], task.Support);
        Assert.Equal("Thường xuyên", task.Schedule.Text);
    }

    [Fact]
    public void A_unit_named_after_the_country_is_not_read_as_the_start_of_a_deadline()
    {
        var task = Parse(Table).Tasks[2];

        Assert.Equal(["Các thôn, xóm", "Hội Nông dân Việt Nam xã"], task.Support);
        Assert.Equal("Sau khi có hướng dẫn của tỉnh", task.Schedule.Text);
    }
}
