using ParPlan.Core.Plans.Import;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// A unit name wraps the same way wherever it stands in the same column, so a lower-case continuation that only one of
/// the cells opening with the same line has is doubted; a wrap the cells share, and a list's next item, are not.
/// </summary>
public class UnitContinuationsTests
{
    private static readonly Col[] Cols = [Col.Title, Col.Lead, Col.Support, Col.Time];

    [Fact]
    public void A_continuation_only_one_of_the_cells_opening_alike_has_is_doubted_and_a_shared_wrap_is_not()
    {
        var rows = new[]
        {
            Row(["Trung tâm Phục vụ HCC"], ["Văn phòng HĐND&UBND", "huyện"]),
            Row(["Trung tâm Phục vụ HCC", "phụ thuộc"], ["Văn phòng HĐND&UBND", "huyện"]),
            Row(["Trung tâm Phục vụ HCC", "tại"], ["Văn phòng HĐND&UBND"]),
        };
        var pairs = WordPairs.Of(rows.SelectMany(r => r.Cells.Values).SelectMany(l => l));
        var opening = CutLine.Of("Trung tâm Phục vụ HCC", pairs).Hash(0, 5);
        var office = CutLine.Of("Văn phòng HĐND&UBND", pairs);

        var doubts = new UnitContinuations();
        var added = doubts.Add(rows, Cols, pairs);

        Assert.Equal(2, added);
        Assert.True(doubts.Doubts(1, opening, pairs.Id("phụ")));
        Assert.True(doubts.Doubts(1, opening, pairs.Id("tại")));
        Assert.False(doubts.Doubts(2, office.Hash(0, office.Count), pairs.Id("huyện")));
        Assert.False(doubts.Doubts(2, opening, pairs.Id("phụ"))); // per column
    }

    [Fact]
    public void A_first_line_that_ends_a_list_item_or_waits_for_more_opens_no_doubt()
    {
        var rows = new[]
        {
            Row(["Phòng Nội vụ;", "các cơ quan chuyên môn"], ["Văn phòng HĐND &", "UBND xã"]),
            Row(["Phòng Nội vụ;", "phòng Tư pháp"], ["Văn phòng HĐND &", "thường trực"]),
            Row(["Phòng Nội vụ;"], ["Văn phòng HĐND &", "ban"]),
        };
        var pairs = WordPairs.Of(rows.SelectMany(r => r.Cells.Values).SelectMany(l => l));

        Assert.Equal(0, new UnitContinuations().Add(rows, Cols, pairs));
    }

    [Fact]
    public void A_new_reading_of_a_row_is_kept_only_when_its_unit_cells_lose_words_and_gain_none()
    {
        var before = new List<SubRow> { Row(["Trung tâm Phục vụ HCC", "phụ thuộc"], ["Các phòng chuyên môn"]) };
        var dropped = new List<SubRow> { Row(["Trung tâm Phục vụ HCC"], ["Các phòng chuyên môn"]) };
        var moved = new List<SubRow> { Row(["Trung tâm Phục vụ HCC"], ["Các phòng chuyên môn", "phụ thuộc"]) };

        Assert.True(UnitContinuations.OnlyDropsUnitWords(before, dropped, Cols));
        Assert.False(UnitContinuations.OnlyDropsUnitWords(before, moved, Cols));
    }

    private static SubRow Row(string[] lead, string[] support)
    {
        var row = new SubRow();
        row.Append(Col.Title, ["Triển khai có hiệu quả việc thực hiện TTHC"]);
        row.Append(Col.Lead, lead);
        row.Append(Col.Support, support);
        return row;
    }
}
