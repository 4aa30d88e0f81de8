using System.Text;
using ParPlan.Core.Plans.Import;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// A row's column borders in layout-kept text whose cells are centred: each of the table's borders moves to the river
/// of blanks the row's lines leave nearby. A one-space gap before a word in lower case is inside a cell; one before a
/// capital may be a cell's edge. Invented lines.
/// </summary>
public class SpacedRiversTests
{
    private static string L(params (int At, string Text)[] pieces)
    {
        var sb = new StringBuilder();
        foreach (var (at, text) in pieces)
        {
            sb.Append(' ', Math.Max(sb.Length == 0 ? 0 : 1, at - sb.Length)).Append(text);
        }

        return sb.ToString();
    }

    [Fact]
    public void A_cells_words_one_space_apart_stay_together_when_the_border_falls_between_them()
    {
        string[] row =
        [
            L((78, "Thanh tra Sở,")),
            L((5, "Tự đánh giá kết quả năm"), (45, "Báo cáo tự đánh")),
            L((2, "2"), (63, "Văn phòng Sở"), (78, "Phòng Nội vụ")),
            L((5, "2026 của Sở"), (45, "giá")),
        ];

        var borders = SpacedRivers.Moved(row, [4, 39, 55, 76, 92], 7);

        Assert.Equal(["", "Tự đánh giá kết quả năm", "Báo cáo tự đánh", "", "", ""], SpacedLineCut.Cut(row[1], borders));
        Assert.Equal(["2", "", "", "Văn phòng Sở", "Phòng Nội vụ", ""], SpacedLineCut.Cut(row[2], borders));
    }

    [Fact]
    public void A_one_space_gap_before_a_capital_is_a_columns_edge_rather_than_a_river_a_whole_column_further()
    {
        string[] row =
        [
            L((47, "Tháng 5 và"), (58, "Phòng Nội vụ"), (74, "Ban Chỉ huy")),
            L((6, "Tổ chức hội nghị đối thoại")),
            L((2, "4"), (50, "tháng"), (59, "Sở Tư pháp"), (74, "Quân sự xã")),
        ];

        var borders = SpacedRivers.Moved(row, [5, 42, 60, 72], 7);

        Assert.Equal(["", "", "Tháng 5 và", "Phòng Nội vụ", "Ban Chỉ huy"], SpacedLineCut.Cut(row[0], borders));
        Assert.Equal(["4", "", "tháng", "Sở Tư pháp", "Quân sự xã"], SpacedLineCut.Cut(row[2], borders));
    }
}
