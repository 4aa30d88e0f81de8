using System.Text.Json;
using System.Text.Json.Nodes;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Schedules;

/// <summary>Runs the parser over every schedule of the hand-checked gold fixtures.</summary>
public class GoldScheduleTests
{
    public static TheoryData<string> GoldFiles() =>
        new(Directory.GetFiles(RepoPaths.Gold, "*.json").Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Parser_reproduces_every_task_schedule_of_the_gold_fixture(string file)
    {
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Gold, file)))!;
        var context = ContextOf(gold);
        var failures = new List<string>();

        foreach (var task in gold["tasks"]!.AsArray())
        {
            var reference = (string)task!["ref"]!;
            var expected = task["schedule"]!;
            var rows = SubRows(gold, task, reference);
            Schedule actual;
            if (rows.Count > 0)
            {
                var parsed = new List<(string, Schedule)>();
                foreach (var (label, rowExpected) in rows)
                {
                    var row = ScheduleParser.Parse((string)rowExpected["text"]!, context).Schedule;
                    Compare($"{reference} row '{label}'", rowExpected, row, failures);
                    parsed.Add((label, row));
                }

                actual = ScheduleParser.CombineSubRows(parsed);
            }
            else
            {
                actual = ScheduleParser.Parse((string)expected["text"]!, context).Schedule;
            }

            Compare(reference, expected, actual, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Parser_raises_the_deadline_warnings_the_gold_fixtures_list()
    {
        var d0 = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Gold, "000_c84c89f6dfc790e7.json")))!;
        var d3 = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Gold, "003_32a0243e7cf70bca.json")))!;

        var late = ScheduleParser.Parse("Trước ngày 31/01/2026", ContextOf(d0));
        var early = ScheduleParser.Parse("Tháng 01/2023", ContextOf(d3));
        var blank = ScheduleParser.Parse("", ContextOf(d3));

        Assert.Contains("deadline 2026-01-31 falls after the plan period", late.Warnings);
        Assert.Contains("deadline Tháng 01/2023 precedes the plan date 2023-02-06", early.Warnings);
        Assert.Contains("schedule cell is blank", blank.Warnings);
    }

    internal static ScheduleContext ContextOf(JsonNode gold)
    {
        var header = gold["header"]!;
        var from = DateOnly.Parse((string)header["period"]!["from"]!, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse((string)header["period"]!["to"]!, System.Globalization.CultureInfo.InvariantCulture);
        var issued = (string?)header["issuedOn"];
        return new ScheduleContext(from.Year, new DatePeriod(from, to),
            issued is null ? null : DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The per-row cells of a task with sub-rows: D2's activityDetails, or D0's extra goldSubRows.</summary>
    private static List<(string Label, JsonNode Schedule)> SubRows(JsonNode gold, JsonNode task, string reference)
    {
        if (task["activityDetails"] is JsonArray details)
        {
            return details.Select(d => ((string)d!["text"]!, d["schedule"]!)).ToList();
        }

        if (gold["goldSubRows"]?[reference] is JsonArray rows)
        {
            return rows.Select(r => (string.Join(" ", r!["hoatDong"]!.AsArray().Select(h => (string)h!)), r["schedule"]!)).ToList();
        }

        return [];
    }

    private static void Compare(string where, JsonNode expected, Schedule actual, List<string> failures)
    {
        var mine = JsonNode.Parse(JsonSerializer.Serialize(actual, PlanJson.Options))!.AsObject();
        var theirs = expected.AsObject();
        foreach (var (name, value) in theirs)
        {
            var ok = name == "occurrences"
                ? OccurrencesMatch(value!.AsArray(), mine[name] as JsonArray)
                : JsonNode.DeepEquals(value, mine[name]);
            if (!ok)
            {
                failures.Add($"{where}: {name} expected {value?.ToJsonString()} got {mine[name]?.ToJsonString()}");
            }
        }

        foreach (var (name, value) in mine)
        {
            if (!theirs.ContainsKey(name))
            {
                failures.Add($"{where}: unexpected {name} = {value?.ToJsonString()}");
            }
        }
    }

    /// <summary>Each gold occurrence's fields must match; the parser may add fields the gold leaves out (kind, from).</summary>
    private static bool OccurrencesMatch(JsonArray expected, JsonArray? actual) =>
        actual is not null && actual.Count == expected.Count
        && expected.Zip(actual).All(pair => pair.First!.AsObject().All(kv => JsonNode.DeepEquals(kv.Value, pair.Second![kv.Key])));
}
