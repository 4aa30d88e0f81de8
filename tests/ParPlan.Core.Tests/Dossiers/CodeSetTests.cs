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

    [Fact]
    public void A_code_hashed_before_the_table_grows_is_still_found_and_refused_after_it_has_grown()
    {
        // The parser hashes a row's code first and adds it after parsing the row; other rows may grow the table meanwhile.
        var set = new CodeSet(10);
        var early = set.Hash("HS-EARLY");
        for (var i = 0; i < 5_000; i++) Assert.True(set.TryAdd($"HS{i:D8}", i + 2, out _));

        Assert.True(set.TryAdd(early, 9_000, out var line));
        Assert.Equal(9_000, line);
        Assert.False(set.TryAdd(set.Hash("HS-EARLY"), 9_001, out var first));
        Assert.Equal(9_000, first);
        Assert.False(set.TryAdd("HS00000007", 9_002, out first));
        Assert.Equal(9, first);
    }

    [Fact]
    public void Hashing_a_code_without_adding_it_leaves_the_code_unseen()
    {
        var set = new CodeSet(0);
        _ = set.Hash("HS-1");
        Assert.True(set.TryAdd("HS-1", 2, out var line));
        Assert.Equal(2, line);
    }
}
