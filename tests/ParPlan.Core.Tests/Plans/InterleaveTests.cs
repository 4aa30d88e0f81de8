using ParPlan.Core.Plans.Import;

namespace ParPlan.Core.Tests.Plans;

/// <summary>Column-interleaving recovery on made-up rows (not seed text).</summary>
public class InterleaveTests
{
    [Fact]
    public void Fragments_of_the_next_line_follow_the_pieces_they_continue()
    {
        var chunks = Interleave.Recover(Chunk.Split(
        [
            ("Rà soát quy chế làm việc của Báo cáo Phòng Tư pháp - Các phòng chuyên Quý II", false),
            ("cơ quan theo quy định mới Hộ tịch. môn thuộc huyện", false),
            ("và các đơn vị", false),
        ]));

        var texts = chunks.Select(c => c.Text).ToList();
        var lead = texts.IndexOf("Phòng Tư pháp -");
        Assert.True(lead >= 0, string.Join(" | ", texts));
        Assert.Equal("Hộ tịch.", texts[lead + 1]);
        Assert.Equal("Các phòng chuyên", texts[lead + 2]);
        Assert.Equal("môn thuộc huyện", texts[lead + 3]);
        Assert.Equal("và các đơn vị", texts[lead + 4]);
        Assert.Equal("Quý II", texts[^1]);
    }

    [Fact]
    public void A_plain_next_line_is_left_alone()
    {
        var lines = new List<(string, bool)>
        {
            ("Rà soát quy chế làm việc của Báo cáo Phòng Tư pháp Quý II", false),
            ("cơ quan theo quy định mới", false),
        };

        Assert.Equal(Chunk.Split(lines).Select(c => c.Text), Interleave.Recover(Chunk.Split(lines)).Select(c => c.Text));
    }
}
