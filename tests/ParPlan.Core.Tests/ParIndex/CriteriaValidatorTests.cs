using ParPlan.Core.ParIndex;

namespace ParPlan.Core.Tests.ParIndex;

public sealed class CriteriaValidatorTests
{
    [Fact]
    public void A_valid_set_is_read_with_its_fields_leaves_and_rules()
    {
        var set = SampleSets.Sample();
        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], set.Leaves().Select(l => l.Code));
        Assert.Equal(RuleKinds.Deadline, set.Leaves().Last().Rule!.Kind);
        Assert.Equal(new DateOnly(2026, 12, 15), set.SelfAssessmentLockOn);
    }

    [Fact]
    public void The_contract_example_is_refused_because_its_maxima_do_not_add_up_naming_the_codes()
    {
        // The contract's example is an excerpt: field 1 says 12 points but holds one criterion of 2.
        var json = SampleSets.Json.Replace("\"maxPoints\": 40", "\"maxPoints\": 41");
        var read = CriteriaJson.Read(json);
        Assert.Contains(read.Problems, p => p.StartsWith("1: điểm tối đa 41 không bằng tổng điểm tối đa các tiêu chí thành phần (40", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Contains("Tổng điểm tối đa các lĩnh vực (71)", StringComparison.Ordinal) && p.Contains("thang điểm 100", StringComparison.Ordinal));
        Assert.False(read.IsValid);
    }

    [Fact]
    public void A_duplicate_code_is_refused_naming_it()
    {
        var read = CriteriaJson.Read(SampleSets.Json.Replace("\"code\": \"2.2\"", "\"code\": \"2.1\""));
        Assert.Contains("Mã 2.1 bị trùng: mỗi lĩnh vực, tiêu chí phải có một mã riêng.", read.Problems);
    }

    [Fact]
    public void Unknown_measures_rule_kinds_and_band_conditions_are_refused_in_vietnamese()
    {
        var json = SampleSets.Json.Replace("plan.tasks-done-on-time", "plan.magic").Replace("\"manual\"", "\"guess\"").Replace("2.2=0", "9.9=0");
        var problems = CriteriaJson.Read(json).Problems;
        Assert.Contains(problems, p => p.StartsWith("1.2: số liệu \"plan.magic\" không có", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("2.1: cách chấm \"guess\" không có", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("nêu mã 9.9 không có trong bộ tiêu chí", StringComparison.Ordinal));
    }

    [Fact]
    public void An_option_worth_more_than_its_criterion_is_refused()
    {
        var problems = CriteriaJson.Read(SampleSets.Json.Replace("\"label\": \"Đúng hạn\", \"points\": 20", "\"label\": \"Đúng hạn\", \"points\": 25")).Problems;
        Assert.Contains("1.1: điểm của mức \"Đúng hạn\" (25) phải từ 0 đến điểm tối đa 20.", problems);
    }

    [Fact]
    public void Broken_json_gives_one_vietnamese_sentence_with_the_line()
    {
        var read = CriteriaJson.Read("{\n \"name\": \"x\",\n \"year\": \"hai nghìn\" }");
        Assert.Null(read.Set);
        Assert.StartsWith("Tệp JSON của bộ tiêu chí không đọc được ở dòng 3", read.Problems.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_written_and_read_again_is_the_same()
    {
        var set = SampleSets.Sample();
        var again = CriteriaJson.Read(CriteriaJson.Write(set));
        Assert.Empty(again.Problems);
        Assert.Equal(CriteriaJson.Write(set), CriteriaJson.Write(again.Set!));
    }
}
