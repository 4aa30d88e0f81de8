using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// The task table's header printed again at a page break, in content order, with the number column's header word
/// wrapped ("ST" / "T") and other header cells wrapped too. Invented texts.
/// </summary>
public class RepeatedHeaderTests
{
    private const string Header = """
        ST
        T
        Nội dung công việc
        Đơn vị chủ
        trì
        Đơn vị phối
        hợp
        Thời gian
        hoàn thành
        """;

    private const string Opening = """
        ỦY BAN NHÂN DÂN
        XÃ ĐÔNG LÂM
        Số: 33/KH-UBND
        Đông Lâm, ngày 10 tháng 02 năm 2027
        KẾ HOẠCH
        Chuyển đổi số năm 2027
        """;

    private const string FirstPage = """
        I. HẠ TẦNG SỐ
        1
        Nâng cấp đường truyền mạng nội bộ tại trụ sở
        Phòng Kinh tế
        Trung tâm Dịch vụ nông nghiệp
        Trước 15/3/2027
        2
        Số hóa hồ sơ lưu trữ của các năm trước
        Văn phòng HĐND và UBND xã
        Phòng Văn hóa - Xã hội
        Quý III/2027
        """;

    private const string SecondPage = """
        3
        Lắp đặt camera giám sát tại bộ phận một cửa
        Công an xã
        Văn phòng HĐND và UBND xã
        Tháng 9/2027
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_header_repeated_after_a_page_number_with_its_number_word_wrapped_is_skipped_as_a_whole()
    {
        var plan = Parse(Opening + "\n" + Header + "\n" + FirstPage + "\n5\n" + Header + "\n" + SecondPage);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[1].Support);
        Assert.Equal("Lắp đặt camera giám sát tại bộ phận một cửa", plan.Tasks[2].Title);
        Assert.Equal(["Công an xã"], plan.Tasks[2].Lead);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[2].Schedule.Due);
    }

    [Fact]
    public void A_row_number_printed_alone_before_the_repeated_header_is_read_as_a_page_number()
    {
        // The next row's number stands at the foot of the page, the row itself after the repeated header.
        var plan = Parse(Opening + "\n" + Header + "\n" + FirstPage + "\n3\n" + Header + "\n" + SecondPage);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Lắp đặt camera giám sát tại bộ phận một cửa", plan.Tasks[2].Title);
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[2].Support);
    }

    [Fact]
    public void A_repeated_header_without_the_first_headers_column_numbers_is_skipped_as_a_whole()
    {
        // The first header ends in a line of column numbers; the header printed again at the page break has none.
        var plan = Parse(Opening + "\n" + Header + "\n(1) (2) (3) (4) (5)\n" + FirstPage + "\n5\n" + Header + "\n" + SecondPage);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[1].Support);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[1].Schedule.Due);
        Assert.DoesNotContain(plan.Tasks, t => t.Lead.Concat(t.Support).Append(t.Title).Any(x => x.Contains("Đơn vị", StringComparison.Ordinal)));
    }
}
