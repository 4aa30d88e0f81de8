namespace ParPlan.Core.Surveys;

/// <summary>How survey indices are computed. The official SIPAS computation is [UNVERIFIED] (DOMAIN §7.5), so every
/// choice is a setting; the defaults are the HTTP contract's: an answer is satisfied at 4 or 5 of 5, an element's index
/// is its satisfied answers ÷ its answers × 100, the overall index and a sector's index are the mean of their element
/// indices.</summary>
public sealed record SurveyFormula
{
    public static readonly SurveyFormula Default = new();

    /// <summary>The highest score of the scale (1..ScaleMax).</summary>
    public int ScaleMax { get; init; } = 5;

    /// <summary>The lowest score that counts as satisfied ("hài lòng" and "rất hài lòng").</summary>
    public int SatisfiedFrom { get; init; } = 4;

    /// <summary>True: overall and sector indices are the mean of the element indices; false: satisfied answers ÷ all
    /// answers, pooled over the elements.</summary>
    public bool MeanOfElements { get; init; } = true;
}
