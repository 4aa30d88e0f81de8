using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// A row torn by a page break after its first printed line, which holds every cell's first line side by side; after
/// the repeated header come the title's remaining lines, then one line with the other cells' remaining words. Invented text.
/// </summary>
public class TornFirstLineTests
{
    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void The_words_after_the_break_complete_the_cells_they_continue()
    {
        var plan = Parse("""
            SỞ NỘI VỤ
            Số: 14/KH-SNV
            Lạng Giang, ngày 05 tháng 01 năm 2027
            KẾ HOẠCH
            Cải cách hành chính năm 2027
            STT
            Nội dung công việc
            Sản phẩm
            Đơn vị chủ trì
            Đơn vị phối hợp
            Thời gian hoàn thành
            I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
            1
            Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2027
            Kế hoạch
            Thanh tra Sở
            Văn phòng Sở
            Tháng 02/2027
            2 Tổ chức tập huấn nghiệp vụ văn thư Tài liệu tập Phòng Tổ Văn phòng Sở Trước
            4
            STT
            Nội dung công việc
            Sản phẩm
            Đơn vị chủ trì
            Đơn vị phối hợp
            Thời gian hoàn thành
            lưu trữ cho công chức cấp xã
            huấn chức biên chế 20/5/2027
            3
            Kiểm tra việc thực hiện quy chế làm việc
            Báo cáo
            Văn phòng Sở
            Các phòng thuộc Sở
            Quý III/2027
            """);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        var torn = plan.Tasks[1];
        Assert.Equal("Tổ chức tập huấn nghiệp vụ văn thư lưu trữ cho công chức cấp xã", torn.Title);
        Assert.Equal(["Phòng Tổ chức biên chế"], torn.Lead);
        Assert.Equal(["Văn phòng Sở"], torn.Support);
        Assert.Equal(new DateOnly(2027, 5, 20), torn.Schedule.Due);
        Assert.Equal(["Tài liệu tập huấn"], torn.Outputs);
        Assert.Equal(["Văn phòng Sở"], plan.Tasks[2].Lead);
    }
}
