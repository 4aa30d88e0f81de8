using ParPlan.Core.Schedules;
using ParPlan.Core.Targets;
using ParPlan.Core.Text;

namespace ParPlan.Core.Tests.Schedules;

/// <summary>Every line of the real plans, fed to the phrase parsers as if it were a cell, is handled without an internal error.</summary>
public class SeedRobustnessTests
{
    public static TheoryData<string> Seeds() =>
        new(Directory.GetFiles(RepoPaths.Seeds, "*.txt").Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_line_parses_as_a_schedule_and_as_targets_without_failing(string file)
    {
        var lines = VietText.Normalize(File.ReadAllText(Path.Combine(RepoPaths.Seeds, file))).Split('\n');
        var failures = new List<string>();

        foreach (var line in lines)
        {
            var result = ScheduleParser.Parse(line, new ScheduleContext(2025));
            failures.AddRange(result.Warnings.Where(w => w.StartsWith("schedule not understood (", StringComparison.Ordinal)));
            Assert.All(TargetExtractor.Extract(line, new TargetContext(null, file, 2025)), t => Assert.Contains(t.Comparator, ParPlan.Core.Plans.Comparators.All));
        }

        Assert.Empty(failures);
    }
}
