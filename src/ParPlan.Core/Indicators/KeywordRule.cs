namespace ParPlan.Core.Indicators;

/// <summary>
/// A keyword rule of the matcher: all <see cref="AllOf"/> phrases (accent-free, lower-case) must occur in the
/// target's wording; the rule then adds <see cref="Weight"/> to the indicator's score.
/// </summary>
public sealed record KeywordRule(int Weight, params string[] AllOf);
