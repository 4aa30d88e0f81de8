using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using Xunit.Abstractions;

namespace ParPlan.Core.Tests.Plans;

/// <summary>The importer against the hand-checked parses of the three visible plans (D0, D2, D3).</summary>
public class GoldSeedTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds => new() { "000_c84c89f6dfc790e7", "002_82c4b63d1339515c", "003_32a0243e7cf70bca" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_text_parses_to_the_gold_tasks_and_targets(string seed)
    {
        var gold = PlanJson.Deserialize(File.ReadAllText(Path.Combine(RepoPaths.Gold, seed + ".json")))!;
        var document = DocumentReader.ReadFile(Path.Combine(RepoPaths.Seeds, seed + ".txt"));

        var parsed = PlanParser.Parse(document);
        var score = GoldScore.Compare(gold, parsed);

        output.WriteLine($"{seed}: {score.Summary}");
        foreach (var miss in score.TaskMisses.Concat(score.TargetMisses).Concat(score.AreaCountMismatches))
        {
            output.WriteLine("  " + miss);
        }

        Assert.Empty(score.AreaCountMismatches);
        Assert.True(score.TaskShare >= 0.95, $"{seed}: {score.Summary}");
        Assert.True(score.TargetShare >= 0.90, $"{seed}: {score.Summary}");
        Assert.True(score.ExtraTargetShare <= 0.10, $"{seed}: {score.Summary}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_header_matches_the_gold_header(string seed)
    {
        var gold = PlanJson.Deserialize(File.ReadAllText(Path.Combine(RepoPaths.Gold, seed + ".json")))!;

        var parsed = PlanParser.Parse(DocumentReader.ReadFile(Path.Combine(RepoPaths.Seeds, seed + ".txt")));

        Assert.Equal(gold.Header.Kind, parsed.Header.Kind);
        Assert.Equal(gold.Header.Title, parsed.Header.Title);
        Assert.Equal(gold.Header.Issuer, parsed.Header.Issuer);
        Assert.Equal(gold.Header.Level, parsed.Header.Level);
        Assert.Equal(gold.Header.Number, parsed.Header.Number);
        Assert.Equal(gold.Header.IssuedOn, parsed.Header.IssuedOn);
        Assert.Equal(gold.Header.Period, parsed.Header.Period);
        Assert.Equal(gold.Header.StandingAgency, parsed.Header.StandingAgency);
        Assert.Equal(gold.StatedTaskTotal, parsed.StatedTaskTotal);
        Assert.Equal(gold.Areas, parsed.Areas);
    }
}
