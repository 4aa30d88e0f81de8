namespace ParPlan.Core.ParIndex;

/// <summary>What a rule allows and proposes: whether a score fits a leaf, the points a measured ratio earns, the points of
/// an output issued on time, late or not at all.</summary>
public static class RuleScorer
{
    /// <summary>Null when <paramref name="score"/> fits the leaf; else a Vietnamese sentence naming the code.</summary>
    public static string? Check(CriterionNode leaf, decimal score)
    {
        var c = leaf.Code;
        if (score < 0 || score > leaf.MaxPoints)
        {
            return $"Điểm của tiêu chí {c} phải từ 0 đến điểm tối đa {CriteriaValidator.N(leaf.MaxPoints)} (đã nhập {CriteriaValidator.N(score)}).";
        }

        if (decimal.Round(score, 2) != score)
        {
            return $"Điểm của tiêu chí {c} chỉ được có hai chữ số thập phân.";
        }

        switch (leaf.Rule?.Kind)
        {
            case RuleKinds.Manual when score % leaf.Rule.EffectiveStep != 0:
                return $"Điểm của tiêu chí {c} phải chấm theo bước {CriteriaValidator.N(leaf.Rule.EffectiveStep)} điểm.";
            case RuleKinds.Choice when leaf.Rule.Options is { Count: > 0 } options && options.All(o => o.Points != score):
                return $"Điểm của tiêu chí {c} phải là một trong các mức: {string.Join("; ", options.Select(o => $"{o.Label} = {CriteriaValidator.N(o.Points)}"))}.";
            default:
                return null;
        }
    }

    /// <summary>The points a measured value (in %) earns under a ratio rule: the first band whose min it reaches; 0 when none.</summary>
    public static decimal Ratio(ScoringRule rule, decimal value) =>
        rule.Bands?.FirstOrDefault(b => value >= b.Min)?.Points ?? 0;

    /// <summary>The points of a deadline rule for an output issued on <paramref name="issuedOn"/> (null = not issued).</summary>
    public static decimal Deadline(ScoringRule rule, DateOnly? issuedOn) => issuedOn switch
    {
        null => rule.Missing ?? 0,
        { } d when rule.Due is { } due && d <= due => rule.OnTime ?? 0,
        _ => rule.Late ?? 0,
    };
}
