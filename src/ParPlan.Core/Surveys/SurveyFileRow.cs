namespace ParPlan.Core.Surveys;

/// <summary>A data row of a survey file read under a mapping: its line in the file (the header is line 1), the response
/// when it is sound, otherwise the Vietnamese reasons it cannot be imported.</summary>
public sealed record SurveyFileRow(int Line, SurveyResponseInput? Response, IReadOnlyList<string> Problems);
