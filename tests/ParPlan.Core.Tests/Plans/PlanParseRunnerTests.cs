using System.Text;
using System.Text.Json.Nodes;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans;

public class PlanParseRunnerTests
{
    [Fact]
    public void Seed_file_prints_one_contract_json_document_and_exits_0()
    {
        var outcome = PlanParseRunner.Run([Path.Combine(RepoPaths.Seeds, "003_32a0243e7cf70bca.txt"), "--json"]);

        Assert.Equal(0, outcome.ExitCode);
        var json = JsonNode.Parse(outcome.Stdout)!;
        Assert.Equal("parplan.plan-document/1", (string?)json["schema"]);
        Assert.Equal("10/KH-UBND", (string?)json["header"]!["number"]);
        Assert.Equal(30, json["tasks"]!.AsArray().Count);
        Assert.Contains("numbering gap", (string?)json["warnings"]![0] + string.Join("\n", json["warnings"]!.AsArray().Select(w => (string?)w)), StringComparison.Ordinal);
        Assert.Contains("số thứ tự nhảy", outcome.Stderr, StringComparison.Ordinal); // stderr is for people: Vietnamese
        Assert.DoesNotContain("numbering gap", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_exits_2_with_a_vietnamese_message_and_nothing_on_stdout()
    {
        var file = Path.GetTempFileName();
        try
        {
            var outcome = PlanParseRunner.Run([file, "--json"]);

            Assert.Equal(2, outcome.ExitCode);
            Assert.Equal("", outcome.Stdout);
            Assert.Contains("Tệp rỗng", outcome.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Binary_file_exits_2()
    {
        var file = Path.GetTempFileName();
        try
        {
            var bytes = new byte[2048];
            new Random(3).NextBytes(bytes);
            File.WriteAllBytes(file, bytes);

            var outcome = PlanParseRunner.Run([file, "--json"]);

            Assert.Equal(2, outcome.ExitCode);
            Assert.Equal("", outcome.Stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Year_flag_sets_the_plan_year_of_an_undated_document()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "KẾ HOẠCH\nCải cách hành chính của xã\n", new UTF8Encoding(false));

            var outcome = PlanParseRunner.Run([file, "--year", "2031", "--json"]);

            Assert.Equal(0, outcome.ExitCode);
            Assert.Equal("2031-01-01", (string?)JsonNode.Parse(outcome.Stdout)!["header"]!["period"]!["from"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.txt b.txt --json")]
    [InlineData("a.txt --year twenty --json")]
    public void Bad_arguments_exit_2_with_usage(string args)
    {
        var outcome = PlanParseRunner.Run(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.NotEmpty(outcome.Stderr);
    }
}
