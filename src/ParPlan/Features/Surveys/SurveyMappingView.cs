namespace ParPlan.Features.Surveys;

/// <summary>What the mapping page shows: the campaign, its questions, the upload, the file's header and first rows, the
/// suggested column of the sector, the unit and each question (by question code; -1 = none), and the bad rows of the last
/// attempt.</summary>
public sealed record SurveyMappingView(SurveyCampaign Campaign, IReadOnlyList<SurveyQuestion> Questions, SurveyUpload Upload,
    IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Sample, int SectorColumn, int UnitColumn,
    IReadOnlyDictionary<string, int> QuestionColumns, IReadOnlyList<SurveyRowProblem> Problems);
