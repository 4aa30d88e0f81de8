using ParPlan.Core.Plans;

namespace ParPlan.Core.Labels;

/// <summary>A target's comparator as officers write it ("≥", "giảm"), for pages and exports; the codes are those of
/// <see cref="Comparators"/> (plan JSON contract).</summary>
public static class ComparatorLabels
{
    public static string Label(string code) => code.Trim() switch
    {
        Comparators.AtLeast => "≥",
        Comparators.MoreThan => ">",
        Comparators.Equal => "=",
        Comparators.AtMost => "≤",
        Comparators.LessThan => "<",
        Comparators.ReduceBy => "giảm",
        _ => "?",
    };

    /// <summary>The comparator in words, for a column header or a screen reader: "tối thiểu", "giảm".</summary>
    public static string Words(string code) => code.Trim() switch
    {
        Comparators.AtLeast => "tối thiểu (≥)",
        Comparators.MoreThan => "trên (>)",
        Comparators.Equal => "bằng (=)",
        Comparators.AtMost => "tối đa (≤)",
        Comparators.LessThan => "dưới (<)",
        Comparators.ReduceBy => "giảm",
        _ => "không rõ",
    };
}
