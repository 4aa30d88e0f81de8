using ParPlan.Core.Records;

namespace ParPlan.Core.Reports;

/// <summary>
/// What a report says from the records the plans require (issue 18) and the PAR INDEX remediation, over its window: the
/// feedback log's Decision 766 ratios (<see cref="FeedbackRates"/>, over feedback received in the window, as of its end),
/// late dossiers and their apologies (from the report's own dossier indicators), dialogues, initiatives, commitments,
/// remediation and the survey's sectors below their floor. A source that does not apply to the report's unit (an agency
/// has no survey, holds no dialogue) is null.
/// </summary>
public sealed record RecordFigures(
    FeedbackRates? Feedback = null,
    ApologyCompliance? Apologies = null,
    DialogueFigures? Dialogues = null,
    InitiativeFigures? Initiatives = null,
    CommitmentFigures? Commitments = null,
    RemediationFigures? Remediation = null,
    SurveyFigures? Survey = null)
{
    public static RecordFigures None { get; } = new();
}
