namespace ParPlan.Core.ParIndex;

/// <summary>A finalised assessment: the total of the applicable leaves, the maximum they could reach, the survey points,
/// the capped bonus and penalty, the scale after rescaling, the index in % (two places) and the band (null when no rule holds).</summary>
public sealed record IndexResult(decimal Total, decimal ApplicableMax, decimal SurveyPoints, decimal Bonus, decimal Penalty,
    decimal EffectiveScale, decimal Index, string? Band);
