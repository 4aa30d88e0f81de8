using System.Globalization;
using ParPlan.Core.Labels;

namespace ParPlan.Core.Surveys;

/// <summary>A question of a campaign as the computation needs it: its code (the key of the answers), the SIPAS element
/// it belongs to ("1".."5"), its scale (1..<paramref name="ScaleMax"/>) and the lowest score that counts as satisfied.</summary>
public sealed record SurveyQuestionSpec(string Code, string Element, int ScaleMax, int SatisfiedFrom)
{
    /// <summary>The default set: one question per SIPAS element, coded by the element's number, on the formula's scale.</summary>
    public static IReadOnlyList<SurveyQuestionSpec> DefaultSet(SurveyFormula formula) =>
        SipasElementLabels.Codes.Select(c => new SurveyQuestionSpec(c, c, formula.ScaleMax, formula.SatisfiedFrom)).ToList();

    /// <summary>"yếu tố 2 (Thủ tục hành chính)" for a question coded by its element, else "câu 2.1 (yếu tố 2)".</summary>
    public string Describe() => Code == Element
        ? $"yếu tố {Code} ({SipasElementLabels.Label(Code)})"
        : string.Create(CultureInfo.InvariantCulture, $"câu {Code} (yếu tố {Element})");
}
