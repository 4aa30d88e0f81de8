using System.Globalization;
using ParPlan.Core.Labels;

namespace ParPlan.Core.Surveys;

/// <summary>Checks a campaign's question set: codes unique and short, each question in one of the five SIPAS elements
/// with its wording and a scale of 2 to 10 points, and every element asked at least once (the SIPAS method measures all
/// five). Each problem is a Vietnamese sentence naming the question.</summary>
public static class SurveyQuestionRules
{
    public const int MaxCode = 20;
    public const int MaxText = 500;
    public const int MaxQuestions = 100;
    public const int MinScale = 2;
    public const int MaxScale = 10;

    public static IReadOnlyList<string> Check(IReadOnlyList<SurveyQuestionDraft> questions)
    {
        var problems = new List<string>();
        if (questions.Count == 0) return ["Đợt khảo sát cần ít nhất một câu hỏi cho mỗi yếu tố SIPAS."];
        if (questions.Count > MaxQuestions) problems.Add($"Một đợt khảo sát có tối đa {MaxQuestions} câu hỏi.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var name = string.Create(CultureInfo.InvariantCulture, $"Câu thứ {i + 1}");
            if (string.IsNullOrWhiteSpace(q.Code) || q.Code.Length > MaxCode)
            {
                problems.Add($"{name}: nhập mã câu hỏi (tối đa {MaxCode} ký tự), ví dụ 1.1.");
            }
            else if (!seen.Add(q.Code.Trim()))
            {
                problems.Add($"{name}: mã «{q.Code.Trim()}» trùng với một câu khác; mỗi câu một mã.");
            }

            if (!SipasElementLabels.Codes.Contains(q.Element)) problems.Add($"{name}: chọn một trong năm yếu tố SIPAS.");
            if (string.IsNullOrWhiteSpace(q.Text) || q.Text.Length > MaxText) problems.Add($"{name}: nhập nội dung câu hỏi (tối đa {MaxText} ký tự).");
            if (q.ScaleMax is < MinScale or > MaxScale)
            {
                problems.Add($"{name}: thang điểm phải từ 1 đến một số từ {MinScale} đến {MaxScale}.");
            }
            else if (q.SatisfiedFrom < 2 || q.SatisfiedFrom > q.ScaleMax)
            {
                problems.Add($"{name}: mức tính là hài lòng phải từ 2 đến {q.ScaleMax} (điểm cao nhất của thang).");
            }
        }

        var missing = SipasElementLabels.Codes.Where(e => questions.All(q => q.Element != e)).ToList();
        if (missing.Count > 0)
        {
            problems.Add("Mỗi yếu tố SIPAS cần ít nhất một câu hỏi; còn thiếu: " + string.Join("; ", missing.Select(e => $"{e}. {SipasElementLabels.Label(e)}")) + ".");
        }

        return problems;
    }
}
