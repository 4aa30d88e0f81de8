namespace ParPlan.Core.ParIndex;

/// <summary>The caps of the bonus and penalty points the appraiser may add or take away.</summary>
public sealed record AdjustmentSpec(decimal BonusMax, decimal PenaltyMax);
