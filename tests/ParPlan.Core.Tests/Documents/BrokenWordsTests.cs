using ParPlan.Core.Documents;

namespace ParPlan.Core.Tests.Documents;

/// <summary>
/// Words a narrow PDF column broke at the end of a line of several words: pieces kept together by non-breaking spaces
/// or cut at an optional hyphen join back; two whole words never do.
/// </summary>
public class BrokenWordsTests
{
    [Theory]
    [InlineData("Vă", "n", "Văn")]
    [InlineData("phò-", "ng", "phòng")]
    [InlineData("chí\u00AD", "nh", "chính")]
    [InlineData("thuộ", "c", "thuộc")]
    [InlineData("v", "à", "và")]
    [InlineData("ph", "ường", "phường")]
    [InlineData("HĐ", "ND", "HĐND")]
    [InlineData("UB", "ND", "UBND")]
    public void A_piece_at_the_end_of_a_line_of_several_words_joins_the_next_lines_first_piece(string left, string right, string whole) =>
        Assert.Equal(whole, BrokenWords.JoinAfterWords(left, right));

    [Theory]
    [InlineData("Văn", "phòng")]
    [InlineData("hòa", "an")]
    [InlineData("HĐND", "UBND")]
    [InlineData("Phòng", "Nội")]
    [InlineData("II", "I")]
    [InlineData("30/6/", "2027")]
    public void Two_whole_words_at_a_line_end_stay_apart(string left, string right) => Assert.Null(BrokenWords.JoinAfterWords(left, right));
}
