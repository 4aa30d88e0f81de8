namespace ParPlan.Core.Surveys;

/// <summary>One respondent's answers: the sector (lĩnh vực) of the transaction, the unit if known, and a score per
/// element code ("1".."5").</summary>
public sealed record SurveyResponseInput(string Sector, Guid? UnitId, IReadOnlyDictionary<string, int> Answers);
