using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// Text that prints a blank line after every line: a header wrapped over many short lines takes twice as many lines as
/// in the same text without the blank lines, and its last cells must still be read. Invented text.
/// </summary>
public class SpacedHeaderLengthTests
{
    private const string Text = """
        SỞ TƯ PHÁP
        Số: 27/KH-STP
        Hòa Bình, ngày 15 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        Phụ lục
        (Kèm theo Kế hoạch số 27/KH-STP
        của Sở Tư pháp)
        ST
        T
        Nội dung
        nhiệm vụ
        Kết quả
        đầu ra
        Cơ quan
        chủ trì
        Cơ quan
        phối hợp
        Thời gian
        hoàn thành
        Kinh phí
        I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        1 Ban hành Kế hoạch cải
        cách hành chính năm
        2027 của Sở
        Kế hoạch Văn phòng
        Sở
        Các phòng
        thuộc Sở
        Tháng 01/2027
        Ngân sách
        tỉnh
        2 Kiểm tra công tác cải
        cách hành chính tại
        các phòng
        Báo cáo Thanh tra
        Sở
        Văn phòng
        Sở
        Quý III/2027
        Chi thường
        xuyên
        3 Tổng hợp báo cáo cải
        cách hành chính định
        kỳ
        Báo cáo Văn phòng
        Sở
        Các phòng
        thuộc Sở
        Tháng 6, 12
        Không
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    private static string Spaced(string text) => string.Join("\n\n", text.Split('\n'));

    [Fact]
    public void The_last_header_cell_is_read_when_every_line_is_followed_by_a_blank_line()
    {
        var plain = Parse(Text);
        var spaced = Parse(Spaced(Text));

        Assert.Equal(["1.1", "1.2", "1.3"], spaced.Tasks.Select(t => t.Ref));
        Assert.Equal(["Tháng 01/2027", "Quý III/2027", "Tháng 6, 12"], spaced.Tasks.Select(t => t.Schedule.Text));
        Assert.Equal(["Ngân sách tỉnh", "Chi thường xuyên", "Không"], spaced.Tasks.Select(t => t.Funding));
        Assert.Equal(plain.Tasks.Select(t => (t.Schedule.Text, t.Funding)), spaced.Tasks.Select(t => (t.Schedule.Text, t.Funding)));
    }
}
