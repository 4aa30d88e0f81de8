using ParPlan.Core.Tasks;

namespace ParPlan.Core.Tests.Tasks;

public class TriggerMatchTests
{
    [Theory]
    [InlineData("Sau khi có Kế hoạch của UBND tỉnh", "Sau khi UBND tỉnh ban hành Kế hoạch")]
    [InlineData("Trong vòng 20 ngày sau khi UBND tỉnh ban hành Kế hoạch", "Sau khi UBND tỉnh ban hành Kế hoạch.")]
    [InlineData("Chậm nhất 10 ngày làm việc kể từ khi có hướng dẫn của UBND tỉnh", "sau khi co huong dan cua UBND tinh")]
    public void Conditions_naming_the_same_event_with_other_filler_or_spans_match(string a, string b)
    {
        Assert.True(TriggerMatch.Same(a, b));
    }

    [Theory]
    [InlineData("Sau khi có hướng dẫn của UBND tỉnh", "Sau khi UBND tỉnh ban hành Kế hoạch")]
    [InlineData("Sau khi có Kế hoạch của UBND huyện", "Sau khi có Kế hoạch của UBND tỉnh")]
    [InlineData("Sau khi", "Sau khi có")]
    [InlineData("", "")]
    public void Conditions_naming_another_event_or_none_do_not_match(string a, string b)
    {
        Assert.False(TriggerMatch.Same(a, b));
    }

    [Fact]
    public void The_key_is_the_folded_event_words_in_order_without_span_and_filler()
    {
        Assert.Equal("hoach ke tinh ubnd", TriggerMatch.Key("Trong vòng 30 ngày sau khi UBND tỉnh ban hành Kế hoạch"));
    }
}
