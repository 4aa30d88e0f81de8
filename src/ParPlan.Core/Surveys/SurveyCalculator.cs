using ParPlan.Core.Labels;

namespace ParPlan.Core.Surveys;

/// <summary>Computes a campaign's indices from its responses under a <see cref="SurveyFormula"/> and its question set
/// (each question in one SIPAS element, with its scale), and checks a response before it is stored (a Vietnamese reason
/// per problem). An element's index is the satisfied answers to its questions ÷ the answers to its questions × 100.</summary>
public static class SurveyCalculator
{
    public const int MaxSector = 200;

    private static readonly StringComparer Vietnamese = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);

    /// <summary>With the default questions (one per element, coded "1".."5", on the formula's scale).</summary>
    public static SurveyResult Compute(IReadOnlyCollection<SurveyResponseInput> responses, SurveyFormula formula) =>
        Compute(responses, SurveyQuestionSpec.DefaultSet(formula), formula);

    public static SurveyResult Compute(IReadOnlyCollection<SurveyResponseInput> responses, IReadOnlyList<SurveyQuestionSpec> questions, SurveyFormula formula)
    {
        var elements = SipasElementLabels.Codes.Select(c => Element(c, responses, questions)).ToList();
        var bySector = responses.GroupBy(r => r.Sector, StringComparer.Ordinal).OrderBy(g => g.Key, Vietnamese)
            .Select(g => new SurveyIndex(g.Key, g.Count(), Combined(g.ToList(), questions, formula))).ToList();
        var byUnit = responses.Where(r => r.UnitId is not null).GroupBy(r => r.UnitId!.Value).OrderBy(g => g.Key)
            .Select(g => new SurveyIndex(g.Key.ToString(), g.Count(), Combined(g.ToList(), questions, formula))).ToList();
        return new SurveyResult(responses.Count, Combined(responses, questions, formula), elements, bySector, byUnit);
    }

    /// <summary>Why the response cannot be stored under the default questions, or an empty list.</summary>
    public static IReadOnlyList<string> Check(SurveyResponseInput response, SurveyFormula formula) =>
        Check(response, SurveyQuestionSpec.DefaultSet(formula));

    /// <summary>Why the response cannot be stored, or an empty list.</summary>
    public static IReadOnlyList<string> Check(SurveyResponseInput response, IReadOnlyList<SurveyQuestionSpec> questions)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(response.Sector)) problems.Add("Thiếu lĩnh vực (sector) của phiếu.");
        else if (response.Sector.Length > MaxSector) problems.Add($"Tên lĩnh vực dài quá {MaxSector} ký tự.");
        if (response.Answers.Count == 0) problems.Add("Phiếu không có câu trả lời nào.");
        foreach (var (code, score) in response.Answers)
        {
            if (questions.FirstOrDefault(q => q.Code == code) is not { } question)
            {
                problems.Add($"Câu hỏi «{code}» không có trong đợt khảo sát; dùng mã câu hỏi: {string.Join(", ", questions.Select(q => q.Code))}.");
            }
            else if (score < 1 || score > question.ScaleMax)
            {
                problems.Add($"Điểm {score} của {question.Describe()} nằm ngoài thang 1–{question.ScaleMax}.");
            }
        }

        return problems;
    }

    private static SurveyIndex Element(string code, IReadOnlyCollection<SurveyResponseInput> responses, IReadOnlyList<SurveyQuestionSpec> questions)
    {
        var (satisfied, answers) = Count(responses, code, questions);
        return new SurveyIndex(code, answers, Percent(satisfied, answers));
    }

    private static decimal? Combined(IReadOnlyCollection<SurveyResponseInput> responses, IReadOnlyList<SurveyQuestionSpec> questions, SurveyFormula formula)
    {
        var counts = SipasElementLabels.Codes.Select(c => Count(responses, c, questions)).ToList();
        if (formula.MeanOfElements)
        {
            var indices = counts.Where(x => x.Answers > 0).Select(x => 100m * x.Satisfied / x.Answers).ToList();
            return indices.Count == 0 ? null : Math.Round(indices.Average(), 2, MidpointRounding.AwayFromZero);
        }

        return Percent(counts.Sum(x => x.Satisfied), counts.Sum(x => x.Answers));
    }

    private static (int Satisfied, int Answers) Count(IEnumerable<SurveyResponseInput> responses, string element, IReadOnlyList<SurveyQuestionSpec> questions)
    {
        int satisfied = 0, answers = 0;
        var asked = questions.Where(q => q.Element == element).ToList();
        foreach (var r in responses)
        {
            foreach (var q in asked)
            {
                if (!r.Answers.TryGetValue(q.Code, out var score)) continue;
                answers++;
                if (score >= q.SatisfiedFrom) satisfied++;
            }
        }

        return (satisfied, answers);
    }

    private static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);
}
