using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Tests.Dossiers;

public class CodeSetTests
{
    [Fact]
    public void A_code_seen_again_is_refused_with_the_line_it_was_first_seen_on_after_the_table_has_grown()
    {
        // Sized for 10 codes, given 50,000: the table grows several times and keeps every code and its line.
        var set = new CodeSet(10);
        for (var i = 0; i < 50_000; i++) Assert.True(set.TryAdd($"HS{i:D8}", i + 2, out _));

        for (var i = 0; i < 50_000; i += 997)
        {
            Assert.False(set.TryAdd($"HS{i:D8}", 60_000, out var first));
            Assert.Equal(i + 2, first);
        }

        Assert.True(set.TryAdd("HS00050000", 60_001, out var line));
        Assert.Equal(60_001, line);
    }

    [Fact]
    public void Codes_that_differ_only_in_case_or_by_one_character_are_different_codes()
    {
        var set = new CodeSet(0);
        Assert.True(set.TryAdd("hs-1", 2, out _));
        Assert.True(set.TryAdd("HS-1", 3, out _));
        Assert.True(set.TryAdd("HS-2", 4, out _));
        Assert.True(set.TryAdd("HS-1 ", 5, out _));
        Assert.False(set.TryAdd("HS-1", 6, out var first));
        Assert.Equal(3, first);
    }
}
