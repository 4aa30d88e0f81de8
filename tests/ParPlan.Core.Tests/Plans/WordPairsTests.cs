using ParPlan.Core.Plans.Import;

namespace ParPlan.Core.Tests.Plans;

/// <summary>The phrases a document repeats, which the interleaved-row reader does not cut and lets a cell go on with.</summary>
public class WordPairsTests
{
    [Fact]
    public void A_pair_the_document_repeats_is_bonded_and_a_pair_seen_once_is_not()
    {
        var pairs = WordPairs.Of(
        [
            "Phòng Nội vụ; các cơ quan chuyên môn",
            "Các cơ quan, đơn vị; UBND cấp xã",
            "Giao các cơ quan thực hiện",
            "Phòng Tư pháp chủ trì",
        ]);

        Assert.True(pairs.Bond(pairs.Id("cơ"), pairs.Id("quan")) > 0.9);
        Assert.Equal(0, pairs.Bond(pairs.Id("pháp"), pairs.Id("chủ")));
        Assert.Equal(0, pairs.Bond(pairs.Id("quan"), pairs.Id("cơ")));
        Assert.Equal(0, pairs.Id("không-có"));
    }

    [Fact]
    public void A_cut_line_knows_which_of_its_word_boundaries_split_a_repeated_phrase()
    {
        var pairs = WordPairs.Of(["các cơ quan", "các cơ quan", "Phòng Nội vụ"]);

        var line = CutLine.Of("Kế hoạch các cơ quan", pairs);

        Assert.True(line.Bond(4) > 0.9); // "cơ | quan"
        Assert.Equal(0, line.Bond(2)); // "Kế hoạch | các": never side by side elsewhere
        Assert.True(line.BondAfter(pairs.Id("cơ"), 4) > 0.9); // a line ending on "cơ" goes on with "quan"
    }

    [Fact]
    public void A_compound_word_of_the_administration_stays_bonded_though_a_narrow_column_never_prints_it_whole()
    {
        var pairs = WordPairs.Of(["Phòng Văn hoá - Xã Các phòng chuyên môn,", "hội; các cơ quan tổ chức"]);

        Assert.True(pairs.Bond(pairs.Id("Xã"), pairs.Id("hội")) > 0.5);
        Assert.Equal(0, pairs.Bond(pairs.Id("hội"), pairs.Id("Xã")));
    }

    [Fact]
    public void Counted_again_over_a_readings_cells_the_pairs_forget_neighbouring_cells_and_learn_phrases_wrapped_in_a_column()
    {
        var pairs = WordPairs.Of(["Văn phòng HĐND Các công chức,", "& UBND xã ban ngành", "Văn phòng HĐND Các công chức,", "& UBND xã ban ngành"]);
        Assert.True(pairs.Bond(pairs.Id("HĐND"), pairs.Id("Các")) > 0.9);

        pairs.Recount(["Văn phòng HĐND & UBND xã", "Các công chức, ban ngành", "Văn phòng HĐND & UBND xã", "Các công chức, ban ngành"]);

        Assert.Equal(0, pairs.Bond(pairs.Id("HĐND"), pairs.Id("Các")));
        Assert.True(pairs.Bond(pairs.Id("chức,"), pairs.Id("ban")) > 0.9);
        var line = CutLine.Of("Văn phòng HĐND Các công chức,", pairs);
        line.Rebond();
        Assert.Equal(0, line.Bond(3)); // "HĐND | Các": two cells side by side, no longer a phrase
    }
}
