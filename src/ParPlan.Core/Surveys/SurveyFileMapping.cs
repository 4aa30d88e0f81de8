namespace ParPlan.Core.Surveys;

/// <summary>Which column of a survey file holds what: the sector (required), the unit (optional) and each question's
/// answers (by question code). Columns are 0-based positions in the file's header.</summary>
public sealed record SurveyFileMapping(int SectorColumn, int? UnitColumn, IReadOnlyDictionary<string, int> QuestionColumns);
