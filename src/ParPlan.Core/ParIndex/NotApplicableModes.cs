namespace ParPlan.Core.ParIndex;

/// <summary>How inapplicable items count: <c>rescale</c> takes their maxima off the scale; <c>zero</c> keeps the scale.</summary>
public static class NotApplicableModes
{
    public const string Rescale = "rescale";
    public const string Zero = "zero";

    public static readonly IReadOnlyList<string> All = [Rescale, Zero];
}
