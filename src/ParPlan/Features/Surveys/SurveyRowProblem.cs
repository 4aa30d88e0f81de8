namespace ParPlan.Features.Surveys;

/// <summary>A bad row of a survey file: its line (the header is line 1) and why it cannot be imported, in Vietnamese.</summary>
public sealed record SurveyRowProblem(int Line, string Reason);
