namespace ParPlan.Core.ParIndex;

/// <summary>One ranked unit of the results decision's annex: its name, the appraised points of each field (in the set's
/// order), the survey points, bonus minus penalty, the index, band, rank and last year's index (null when none).</summary>
public sealed record ResultsDecisionRow(string Unit, IReadOnlyList<decimal> FieldPoints, decimal? SurveyPoints, decimal Adjustment, decimal Index,
    string? Band, int Rank, decimal? PreviousIndex);
