using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Content-order text of a table with one unit column named without "chủ trì" ("Cơ quan, đơn vị thực hiện") and the
/// product column last. Invented text.
/// </summary>
public class UnitColumnOrderTests
{
    private const string Text = """
        UBND PHƯỜNG TÂN HẢI
        Số: 21/KH-UBND
        Tân Hải, ngày 10 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        III. NHIỆM VỤ CỤ THỂ
        TT Nội dung công việc
        Cơ quan, đơn vị thực
        hiện
        Thời gian
        thực hiện
        Kết quả/sản
        phẩm
        1. Cải cách tổ chức bộ máy
        1.1 Rà soát quy chế làm việc của
        UBND phường
        Văn phòng UBND
        phường
        Quý II/2027
        Quy chế được
        sửa đổi
        1.2 Sắp xếp các tổ dân phố theo
        quy định mới
        Phòng Nội vụ
        Tháng 9/2027
        Đề án sắp xếp
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void The_columns_keep_the_order_the_header_prints_them_when_the_unit_column_names_no_lead()
    {
        var plan = Parse(Text);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Văn phòng UBND phường"], plan.Tasks[0].Lead);
        Assert.Equal("Quý II/2027", plan.Tasks[0].Schedule.Text);
        Assert.Equal(["Quy chế được sửa đổi"], plan.Tasks[0].Outputs);
        Assert.Equal("Tháng 9/2027", plan.Tasks[1].Schedule.Text);
        Assert.Equal(["Đề án sắp xếp"], plan.Tasks[1].Outputs);
    }
}
