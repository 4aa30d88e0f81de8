namespace ParPlan.Core.Surveys;

/// <summary>A question as the standing officer edits it: code, element ("1".."5"), wording and scale.</summary>
public sealed record SurveyQuestionDraft(string Code, string Element, string Text, int ScaleMax, int SatisfiedFrom)
{
    public SurveyQuestionSpec Spec => new(Code, Element, ScaleMax, SatisfiedFrom);
}
