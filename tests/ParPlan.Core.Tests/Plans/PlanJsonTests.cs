using System.Text.Json.Nodes;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

public class PlanJsonTests
{
    [Theory]
    [InlineData("000_c84c89f6dfc790e7.json")]
    [InlineData("002_82c4b63d1339515c.json")]
    [InlineData("003_32a0243e7cf70bca.json")]
    public void Gold_fixture_round_trips_through_the_contract_model(string file)
    {
        var json = File.ReadAllText(Path.Combine(RepoPaths.Gold, file));

        var document = PlanJson.Deserialize(json);

        Assert.NotNull(document);
        Assert.Equal(PlanDocument.SchemaName, document.Schema);
        var original = JsonNode.Parse(json)!;
        Assert.Equal(original["tasks"]!.AsArray().Count, document.Tasks.Count);
        var again = JsonNode.Parse(PlanJson.Serialize(document))!;
        for (var i = 0; i < document.Tasks.Count; i++)
        {
            var expected = original["tasks"]![i]!["schedule"];
            var actual = again["tasks"]![i]!["schedule"];
            Assert.True(JsonNode.DeepEquals(expected, actual), $"task {i}: {expected!.ToJsonString()} != {actual!.ToJsonString()}");
        }
    }

    [Fact]
    public void Schedule_kinds_and_levels_are_written_in_kebab_case()
    {
        var schedule = new Schedule
        {
            Text = "-UBND huyện: trước ngày 31/01/2025",
            Kind = ScheduleKind.PerLevel,
            PerLevel = [new LevelDeadline(GovernmentLevel.District, "UBND huyện", new DateOnly(2025, 1, 31))],
        };

        var json = System.Text.Json.JsonSerializer.Serialize(schedule, PlanJson.Options);

        Assert.Contains("\"kind\": \"per-level\"", json, StringComparison.Ordinal);
        Assert.Contains("\"level\": \"district\"", json, StringComparison.Ordinal);
        Assert.Contains("\"due\": \"2025-01-31\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"from\"", json, StringComparison.Ordinal);
    }
}
