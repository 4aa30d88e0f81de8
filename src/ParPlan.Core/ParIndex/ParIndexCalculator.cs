namespace ParPlan.Core.ParIndex;

/// <summary>
/// Finalises an assessment against its set: index = (points of the applicable leaves + survey + bonus − penalty) as a
/// percentage of the scale, where under <c>rescale</c> the scale loses the maxima of the inapplicable leaves; bonus and
/// penalty are capped by the set, the survey by its maximum; rounded to two places (half away from zero). The band is the
/// first rule whose threshold the index reaches and none of whose conditions holds. Build once per set, then call
/// <see cref="Compute"/> per unit.
/// </summary>
public sealed class ParIndexCalculator
{
    private readonly CriteriaSet _set;
    private readonly CriterionNode[] _leaves;
    private readonly Dictionary<string, string[]> _leavesUnder = new(StringComparer.Ordinal);
    private readonly (BandRule Rule, BandCondition[] Conditions)[] _bands;

    public ParIndexCalculator(CriteriaSet set)
    {
        _set = set;
        _leaves = [.. set.Leaves()];
        foreach (var node in set.AllNodes())
        {
            _leavesUnder[node.Code] = [.. node.SelfAndDescendants().Where(n => n.IsLeaf).Select(n => n.Code)];
        }

        _bands = [.. set.Bands.Select(b => (b, (b.Unless ?? []).Select(BandCondition.Parse).OfType<BandCondition>().ToArray()))];
    }

    public IndexResult Compute(IndexInput input)
    {
        decimal total = 0, applicableMax = 0, inapplicableMax = 0;
        foreach (var leaf in _leaves)
        {
            var score = input.Leaves.TryGetValue(leaf.Code, out var s) ? s : new LeafScore(0);
            if (score.Applicable)
            {
                total += score.Points;
                applicableMax += leaf.MaxPoints;
            }
            else
            {
                inapplicableMax += leaf.MaxPoints;
            }
        }

        var survey = Math.Clamp(input.SurveyPoints, 0, _set.Survey?.MaxPoints ?? 0);
        var bonus = Math.Clamp(input.Bonus, 0, _set.Adjustments?.BonusMax ?? 0);
        var penalty = Math.Clamp(input.Penalty, 0, _set.Adjustments?.PenaltyMax ?? 0);
        var scale = _set.NotApplicable == NotApplicableModes.Zero ? _set.Scale : _set.Scale - inapplicableMax;
        var index = scale <= 0 ? 0 : decimal.Round((total + survey + bonus - penalty) / scale * 100, 2, MidpointRounding.AwayFromZero);
        return new IndexResult(total, applicableMax, survey, bonus, penalty, scale, index, Band(index, input));
    }

    /// <summary>The appraised points of a code: a leaf's own, or the sum of a node's applicable leaves.</summary>
    public decimal PointsOf(string code, IndexInput input) =>
        _leavesUnder.TryGetValue(code, out var leaves)
            ? leaves.Sum(l => input.Leaves.TryGetValue(l, out var s) && s.Applicable ? s.Points : 0)
            : 0;

    private string? Band(decimal index, IndexInput input)
    {
        foreach (var (rule, conditions) in _bands)
        {
            if (index >= rule.Min && !conditions.Any(c => c.Holds(PointsOf(c.Code, input))))
            {
                return rule.Name;
            }
        }

        return null;
    }
}
