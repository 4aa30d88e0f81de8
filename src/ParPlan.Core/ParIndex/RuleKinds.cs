namespace ParPlan.Core.ParIndex;

/// <summary>The rule kinds of the contract.</summary>
public static class RuleKinds
{
    public const string Manual = "manual";
    public const string Choice = "choice";
    public const string Ratio = "ratio";
    public const string Deadline = "deadline";

    public static readonly IReadOnlyList<string> All = [Manual, Choice, Ratio, Deadline];
}
