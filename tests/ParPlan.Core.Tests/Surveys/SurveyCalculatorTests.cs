using ParPlan.Core.Labels;
using ParPlan.Core.Surveys;

namespace ParPlan.Core.Tests.Surveys;

public sealed class SurveyCalculatorTests
{
    private static SurveyResponseInput R(string sector, params int[] scores) =>
        new(sector, null, scores.Select((s, i) => (Code: (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), s)).ToDictionary(x => x.Code, x => x.s));

    [Fact]
    public void Element_sector_and_overall_indices_match_a_hand_computation()
    {
        // Đất đai: 2 responses; Y tế: 2 responses. Satisfied = 4 or 5.
        var responses = new[]
        {
            R("Đất đai", 5, 4, 3, 5, 2), // satisfied on 1, 2, 4
            R("Đất đai", 3, 4, 4, 2, 5), // 2, 3, 5
            R("Y tế", 5, 5, 5, 5, 5),    // all
            R("Y tế", 1, 2, 4, 4, 4),    // 3, 4, 5
        };

        var result = SurveyCalculator.Compute(responses, SurveyFormula.Default);

        // Element 1: 2 of 4 = 50; 2: 3/4 = 75; 3: 3/4 = 75; 4: 3/4 = 75; 5: 3/4 = 75 → overall mean 70.
        Assert.Equal(new decimal?[] { 50m, 75m, 75m, 75m, 75m }, result.Elements.Select(e => e.Index));
        Assert.Equal(70m, result.Overall);
        // Đất đai: elements 50, 100, 50, 50, 50 → 60. Y tế: 50, 50, 100, 100, 100 → 80.
        Assert.Equal([("Đất đai", 2, (decimal?)60m), ("Y tế", 2, 80m)], result.BySector.Select(s => (s.Key, s.Responses, s.Index)));
    }

    [Fact]
    public void The_pooled_formula_divides_all_satisfied_answers_by_all_answers()
    {
        var result = SurveyCalculator.Compute([R("A", 5, 5, 1), R("A", 5)], SurveyFormula.Default with { MeanOfElements = false });

        // 3 satisfied of 4 answers; the mean of elements would be (100 + 100 + 0) / 3 = 66.67.
        Assert.Equal(75m, result.Overall);
        Assert.Equal(66.67m, SurveyCalculator.Compute([R("A", 5, 5, 1), R("A", 5)], SurveyFormula.Default).Overall);
    }

    [Fact]
    public void A_response_without_sector_with_an_unknown_element_or_a_score_off_the_scale_is_refused_in_vietnamese()
    {
        var problems = SurveyCalculator.Check(new SurveyResponseInput("", null, new Dictionary<string, int> { ["7"] = 3, ["2"] = 6 }), SurveyFormula.Default);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("Thiếu lĩnh vực"));
        Assert.Contains(problems, p => p.Contains("«7»"));
        Assert.Contains(problems, p => p.Contains("Điểm 6 của yếu tố 2 (Thủ tục hành chính)"));
    }

    [Fact]
    public void Every_sipas_element_has_a_vietnamese_label()
    {
        Assert.All(SipasElementLabels.Codes, c => Assert.NotEqual("Yếu tố không rõ", SipasElementLabels.Label(c)));
    }
}
