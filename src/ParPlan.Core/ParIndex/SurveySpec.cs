namespace ParPlan.Core.ParIndex;

/// <summary>The survey (XHH/SIPAS) part of the scale.</summary>
public sealed record SurveySpec(decimal MaxPoints);
