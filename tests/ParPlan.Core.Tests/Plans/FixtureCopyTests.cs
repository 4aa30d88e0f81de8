using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans;

/// <summary>The tests read the project's own copy of the seed plans and their hand-checked parse, so a clone on its
/// own passes. Where the upstream folder sits beside the repository, the copy must be identical to it.</summary>
public sealed class FixtureCopyTests
{
    [Fact]
    public void Every_seed_plan_has_its_gold_parse_in_the_projects_own_copy_and_each_gold_file_reads()
    {
        var seeds = Names(RepoPaths.Seeds, "*.txt");
        var gold = Names(RepoPaths.Gold, "*.json");

        Assert.NotEmpty(seeds);
        Assert.Equal(seeds, gold);
        Assert.All(Directory.GetFiles(RepoPaths.Gold, "*.json"), file => Assert.NotEmpty(PlanJson.Deserialize(File.ReadAllText(file))!.Tasks));
    }

    [Fact]
    public void The_copy_is_identical_to_the_upstream_fixtures_when_they_sit_beside_the_repository()
    {
        if (!Directory.Exists(RepoPaths.SharedSeeds))
        {
            // A clone on its own: the copy is the only source, checked by the test above.
            Assert.False(Directory.Exists(RepoPaths.SharedGold));
            return;
        }

        Assert.Equal(Contents(RepoPaths.SharedSeeds, "*.txt"), Contents(RepoPaths.Seeds, "*.txt"));
        Assert.Equal(Contents(RepoPaths.SharedGold, "*.json"), Contents(RepoPaths.Gold, "*.json"));
    }

    private static string[] Names(string folder, string pattern) =>
        Directory.GetFiles(folder, pattern).Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    private static (string Name, string Sha)[] Contents(string folder, string pattern) =>
        Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))))
            .ToArray();
}
