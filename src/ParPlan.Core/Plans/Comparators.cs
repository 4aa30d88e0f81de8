namespace ParPlan.Core.Plans;

/// <summary>Comparator strings of the contract.</summary>
public static class Comparators
{
    public const string AtLeast = ">=";
    public const string MoreThan = ">";
    public const string Equal = "=";
    public const string AtMost = "<=";
    public const string LessThan = "<";
    public const string ReduceBy = "reduce-by";

    public static readonly IReadOnlyList<string> All = [AtLeast, MoreThan, Equal, AtMost, LessThan, ReduceBy];
}
