using ParPlan.Core.Surveys;

namespace ParPlan.Core.Tests.Surveys;

/// <summary>Questions as data: an element's index counts the answers to all its questions, each on its own scale; the
/// question set is checked (every element asked, codes unique, sane scales) with Vietnamese reasons.</summary>
public sealed class SurveyQuestionTests
{
    private static readonly IReadOnlyList<SurveyQuestionSpec> Questions =
    [
        new("1.1", "1", 5, 4), new("1.2", "1", 10, 8), new("2", "2", 5, 4), new("3", "3", 5, 4), new("4", "4", 5, 4), new("5", "5", 3, 3),
    ];

    [Fact]
    public void An_elements_index_counts_every_question_of_the_element_on_its_own_scale()
    {
        var responses = new[]
        {
            new SurveyResponseInput("Tư pháp", null, new Dictionary<string, int> { ["1.1"] = 4, ["1.2"] = 7, ["5"] = 3 }),
            new SurveyResponseInput("Tư pháp", null, new Dictionary<string, int> { ["1.1"] = 2, ["1.2"] = 9, ["5"] = 2 }),
        };

        var result = SurveyCalculator.Compute(responses, Questions, SurveyFormula.Default);

        // Element 1: 4 ✓, 7 ✗ (below 8), 2 ✗, 9 ✓ → 2 of 4 = 50. Element 5 (1–3, satisfied at 3): 1 of 2 = 50. Others: no answer.
        Assert.Equal(new decimal?[] { 50m, null, null, null, 50m }, result.Elements.Select(e => e.Index));
        Assert.Equal([4, 0, 0, 0, 2], result.Elements.Select(e => e.Responses));
        Assert.Equal(50m, result.Overall);
    }

    [Fact]
    public void A_response_naming_an_unknown_question_or_a_score_off_its_scale_is_refused_with_the_question_named()
    {
        var problems = SurveyCalculator.Check(new SurveyResponseInput("Tư pháp", null, new Dictionary<string, int> { ["9"] = 5, ["1.2"] = 11 }), Questions);

        Assert.Contains(problems, p => p.StartsWith("Câu hỏi «9» không có trong đợt khảo sát; dùng mã câu hỏi: 1.1, 1.2, 2", StringComparison.Ordinal));
        Assert.Contains("Điểm 11 của câu 1.2 (yếu tố 1) nằm ngoài thang 1–10.", problems);
    }

    [Fact]
    public void A_question_set_must_ask_every_element_with_unique_codes_and_sane_scales()
    {
        var problems = SurveyQuestionRules.Check(
        [
            new("1", "1", "Tiếp cận", 5, 4), new("1", "2", "Thủ tục", 5, 4), new("3", "9", "Công chức", 5, 4), new("4", "4", "", 1, 1),
        ]);

        Assert.Contains(problems, p => p.Contains("mã «1» trùng", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Câu thứ 3: chọn một trong năm yếu tố SIPAS", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Câu thứ 4: nhập nội dung câu hỏi", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Câu thứ 4: thang điểm phải từ 1 đến một số từ 2 đến 10", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("còn thiếu: 3. Công chức trực tiếp giải quyết công việc; 5. Tiếp nhận", StringComparison.Ordinal));
        Assert.Empty(SurveyQuestionRules.Check(SurveyQuestionSpec.DefaultSet(SurveyFormula.Default).Select(q => new SurveyQuestionDraft(q.Code, q.Element, "Câu", 5, 4)).ToList()));
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData(" Rất hài lòng ", 5)]
    [InlineData("hài lòng", 4)]
    [InlineData("Bình thường", 3)]
    [InlineData("Không hài lòng", 2)]
    [InlineData("Rất không hài lòng", 1)]
    [InlineData("4.0", 4)]
    public void A_score_cell_reads_as_a_number_or_the_five_point_wording(string cell, int score)
    {
        Assert.True(SurveyScoreText.TryParse(cell, 5, out var read));
        Assert.Equal(score, read);
    }

    [Fact]
    public void An_empty_cell_is_no_answer_and_other_text_is_not_a_score()
    {
        Assert.True(SurveyScoreText.TryParse("  ", 5, out var empty));
        Assert.Null(empty);
        Assert.False(SurveyScoreText.TryParse("khá", 5, out _));
        Assert.False(SurveyScoreText.TryParse("4,5", 5, out _));
        Assert.False(SurveyScoreText.TryParse("Hài lòng", 10, out _));
    }

    [Fact]
    public void A_file_row_reads_under_its_mapping_and_names_an_unknown_unit()
    {
        var unit = Guid.NewGuid();
        var mapping = new SurveyFileMapping(0, 1, new Dictionary<string, int> { ["1.1"] = 2, ["2"] = 3 });

        var good = SurveyRowReader.Read(2, ["Đất đai", "X01", "Hài lòng", ""], mapping, Questions, code => code == "X01" ? unit : null);
        var bad = SurveyRowReader.Read(3, ["Đất đai", "X99", "4", "4"], mapping, Questions, _ => null);

        Assert.Equal(new Dictionary<string, int> { ["1.1"] = 4 }, good.Response!.Answers);
        Assert.Equal(unit, good.Response.UnitId);
        Assert.Null(bad.Response);
        Assert.Contains("Không có đơn vị «X99»", Assert.Single(bad.Problems), StringComparison.Ordinal);
    }
}
