using ParPlan.Core.Labels;

namespace ParPlan.Core.Surveys;

/// <summary>Computes a campaign's indices from its responses under a <see cref="SurveyFormula"/>, and checks a response
/// before it is stored (a Vietnamese reason per problem).</summary>
public static class SurveyCalculator
{
    public const int MaxSector = 200;

    private static readonly StringComparer Vietnamese = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);

    public static SurveyResult Compute(IReadOnlyCollection<SurveyResponseInput> responses, SurveyFormula formula)
    {
        var elements = SipasElementLabels.Codes.Select(c => Element(c, responses, formula)).ToList();
        var bySector = responses.GroupBy(r => r.Sector, StringComparer.Ordinal).OrderBy(g => g.Key, Vietnamese)
            .Select(g => new SurveyIndex(g.Key, g.Count(), Combined(g.ToList(), formula))).ToList();
        var byUnit = responses.Where(r => r.UnitId is not null).GroupBy(r => r.UnitId!.Value).OrderBy(g => g.Key)
            .Select(g => new SurveyIndex(g.Key.ToString(), g.Count(), Combined(g.ToList(), formula))).ToList();
        return new SurveyResult(responses.Count, Combined(responses, formula), elements, bySector, byUnit);
    }

    /// <summary>Why the response cannot be stored, or an empty list.</summary>
    public static IReadOnlyList<string> Check(SurveyResponseInput response, SurveyFormula formula)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(response.Sector)) problems.Add("Thiếu lĩnh vực (sector) của phiếu.");
        else if (response.Sector.Length > MaxSector) problems.Add($"Tên lĩnh vực dài quá {MaxSector} ký tự.");
        if (response.Answers.Count == 0) problems.Add("Phiếu không có câu trả lời nào.");
        foreach (var (code, score) in response.Answers)
        {
            if (!SipasElementLabels.Codes.Contains(code))
            {
                problems.Add($"Yếu tố «{code}» không có trong phương pháp SIPAS; dùng 1 đến 5.");
            }
            else if (score < 1 || score > formula.ScaleMax)
            {
                problems.Add($"Điểm {score} của yếu tố {code} ({SipasElementLabels.Label(code)}) nằm ngoài thang 1–{formula.ScaleMax}.");
            }
        }

        return problems;
    }

    private static SurveyIndex Element(string code, IReadOnlyCollection<SurveyResponseInput> responses, SurveyFormula formula)
    {
        var (satisfied, answers) = Count(responses, code, formula);
        return new SurveyIndex(code, answers, Percent(satisfied, answers));
    }

    private static decimal? Combined(IReadOnlyCollection<SurveyResponseInput> responses, SurveyFormula formula)
    {
        if (formula.MeanOfElements)
        {
            var indices = SipasElementLabels.Codes.Select(c => Count(responses, c, formula)).Where(x => x.Answers > 0)
                .Select(x => 100m * x.Satisfied / x.Answers).ToList();
            return indices.Count == 0 ? null : Math.Round(indices.Average(), 2, MidpointRounding.AwayFromZero);
        }

        var all = SipasElementLabels.Codes.Select(c => Count(responses, c, formula)).ToList();
        return Percent(all.Sum(x => x.Satisfied), all.Sum(x => x.Answers));
    }

    private static (int Satisfied, int Answers) Count(IEnumerable<SurveyResponseInput> responses, string code, SurveyFormula formula)
    {
        int satisfied = 0, answers = 0;
        foreach (var r in responses)
        {
            if (!r.Answers.TryGetValue(code, out var score)) continue;
            answers++;
            if (score >= formula.SatisfiedFrom) satisfied++;
        }

        return (satisfied, answers);
    }

    private static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);
}
