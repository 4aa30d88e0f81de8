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
        Assert.Equal(0, pairs.Bond(pairs.Id("Tư"), pairs.Id("pháp")));
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
}
