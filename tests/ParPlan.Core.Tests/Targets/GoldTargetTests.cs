using System.Text.Json.Nodes;
using ParPlan.Core.Plans;
using ParPlan.Core.Targets;

namespace ParPlan.Core.Tests.Targets;

/// <summary>Runs the extractor over the text of every target in the gold fixtures.</summary>
public class GoldTargetTests
{
    public static TheoryData<string> GoldFiles() =>
        new(Directory.GetFiles(RepoPaths.Gold, "*.json").Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Extractor_reads_each_gold_target_from_its_text(string file)
    {
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Gold, file)))!;
        var failures = new List<string>();
        foreach (var expected in gold["targets"]!.AsArray())
        {
            var text = (string)expected!["text"]!;
            var area = Enum.Parse<AreaCode>(((string)expected["area"]!).Replace("-", "", StringComparison.Ordinal), ignoreCase: true);

            var found = TargetExtractor.Extract(text, new TargetContext(area, "gold", 2025));

            var match = found.FirstOrDefault(t => t.Text == text
                && t.Comparator == (string)expected["comparator"]!
                && t.Value == (decimal)expected["value"]!
                && t.Unit == (string)expected["unit"]!
                && t.Level?.ToString().ToUpperInvariant() == ((string?)expected["level"])?.ToUpperInvariant()
                && t.Stretch == (bool)expected["stretch"]!);
            if (match is null)
            {
                failures.Add($"{text}\n   got: {string.Join(" || ", found.Select(t => $"{t.Comparator} {t.Value} {t.Unit} {t.Level} stretch={t.Stretch} «{t.Text}»"))}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
