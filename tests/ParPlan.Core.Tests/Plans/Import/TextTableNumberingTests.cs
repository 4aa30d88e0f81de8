using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>How the rows of a task table in extracted text are numbered across its groups. Invented texts.</summary>
public class TextTableNumberingTests
{
    private const string Opening = """
        BAN QUẢN LÝ KHU CÔNG NGHIỆP
        Số: 31/KH-BQL
        Cần Thơ, ngày 12 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        TT
        Nội dung công việc
        Đơn vị chủ trì
        Đơn vị phối hợp
        Thời gian hoàn thành
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void Row_numbers_that_run_on_across_groups_open_rows_in_every_group()
    {
        var plan = Parse(Opening + """

            Nhóm 1. Công tác chỉ đạo, điều hành
            1
            Ban hành Kế hoạch kiểm tra cải cách hành chính
            Văn phòng Ban
            Các phòng thuộc Ban
            Tháng 3/2027
            2
            Báo cáo kết quả cải cách hành chính hằng quý
            Văn phòng Ban
            Các phòng thuộc Ban
            Hằng quý
            Nhóm 2. Cải cách thủ tục hành chính
            3
            Rà soát thủ tục hành chính thuộc thẩm quyền của Ban
            Phòng Quản lý đầu tư
            Văn phòng Ban
            Quý
            III/2027
            4
            Công khai thủ tục hành chính trên cổng thông tin
            Văn phòng Ban
            Phòng Quản lý đầu tư
            Thường xuyên
            Nhóm 3. Cải cách chế độ công vụ
            5
            Đánh giá, xếp loại công chức
            Văn phòng Ban
            Các phòng thuộc Ban
            Tháng 12/2027
            """);

        Assert.Equal(["1.1", "1.2", "2.3", "2.4", "3.5"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Quản lý đầu tư"], plan.Tasks[2].Lead);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[2].Schedule.Due);
        Assert.Equal("Nhóm 2. Cải cách thủ tục hành chính", plan.Areas[1].Heading);
        Assert.DoesNotContain(plan.Notices, w => w.Code == ImportWarningCodes.NumberingGap);
    }

    [Fact]
    public void A_group_opening_far_past_the_last_row_number_is_not_read_as_run_on_numbering()
    {
        var plan = Parse(Opening + """

            Nhóm 1. Công tác chỉ đạo, điều hành
            1
            Ban hành Kế hoạch kiểm tra cải cách hành chính
            Văn phòng Ban
            Các phòng thuộc Ban
            Tháng 3/2027
            Nhóm 2. Cải cách thủ tục hành chính
            9
            1
            Rà soát thủ tục hành chính thuộc thẩm quyền của Ban
            Phòng Quản lý đầu tư
            Văn phòng Ban
            Quý III/2027
            """);

        Assert.Equal(["1.1", "2.1"], plan.Tasks.Select(t => t.Ref));
    }
}
