using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Extracted text (cells one after another) where the lead's name and the support's first unit share a line ("Văn
/// phòng Sở Trung tâm Kiểm định" / "chất lượng công trình;" / "Các phòng, đơn vị" / "thuộc Sở"): the ";" ending a unit
/// says the support list goes on, so the unit it ends is not the support cell's last and the lead keeps its own name.
/// Invented text.
/// </summary>
public class UnitListSeparatorTests
{
    private const string Table = """
        UBND TỈNH HÒA BÌNH
        SỞ XÂY DỰNG
        Số: 15/KH-SXD
        Hòa Bình, ngày 12 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        STT Nhiệm vụ Sản phẩm Cơ quan chủ trì Cơ quan phối hợp
        Thời gian
        hoàn thành
        Ghi chú
        I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        1 Ban hành kế hoạch cải cách hành chính
        năm 2027 của Sở
        Kế hoạch Văn phòng Sở Các phòng, đơn vị
        thuộc Sở
        Tháng 01/2027
        2 Rà soát quy trình nội bộ giải quyết
        thủ tục hành chính thuộc thẩm quyền
        của Sở
        Quyết định phê
        duyệt quy trình
        Văn phòng Sở Trung tâm Kiểm định
        chất lượng công trình;
        Các phòng, đơn vị
        thuộc Sở
        Trước ngày
        30/6/2027
        3 Kiểm tra công tác cải cách hành chính
        tại các đơn vị thuộc Sở
        Báo cáo kết quả
        kiểm tra
        Thanh tra Sở Văn phòng Sở Quý III/2027
        4 Báo cáo kết quả cải cách hành chính
        định kỳ
        Báo cáo Văn phòng Sở Các phòng, đơn vị
        thuộc Sở
        Hằng quý
        """;

    [Fact]
    public void A_unit_ended_by_a_semicolon_is_followed_by_more_of_its_list_so_the_lead_keeps_the_name_before_it()
    {
        var task = PlanParser.Parse(TextDocumentReader.FromText(Table)).Tasks[1];

        Assert.Equal(["Văn phòng Sở"], task.Lead);
        Assert.Equal(["Trung tâm Kiểm định chất lượng công trình", "Các phòng, đơn vị thuộc Sở"], task.Support);
        Assert.Equal("Trước ngày 30/6/2027", task.Schedule.Text);
    }

    [Fact]
    public void Rows_without_a_separator_read_as_before()
    {
        var tasks = PlanParser.Parse(TextDocumentReader.FromText(Table)).Tasks;

        Assert.Equal(["1.1", "1.2", "1.3", "1.4"], tasks.Select(t => t.Ref));
        Assert.Equal(["Thanh tra Sở"], tasks[2].Lead);
        Assert.Equal(["Văn phòng Sở"], tasks[2].Support);
        Assert.Equal(["Văn phòng Sở"], tasks[3].Lead);
        Assert.Equal(["Các phòng, đơn vị thuộc Sở"], tasks[3].Support);
    }
}
