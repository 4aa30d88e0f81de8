namespace ParPlan.Core.ParIndex;

/// <summary>Ranks the units of one block by index, highest first; equal indexes share a rank and the next rank skips.</summary>
public static class ParRanking
{
    public static IReadOnlyList<RankedUnit<TKey>> Rank<TKey>(IEnumerable<(TKey Key, decimal Index)> units)
    {
        var ordered = units.OrderByDescending(u => u.Index).ToList();
        var ranked = new List<RankedUnit<TKey>>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Index == ordered[i - 1].Index ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedUnit<TKey>(ordered[i].Key, ordered[i].Index, rank));
        }

        return ranked;
    }
}
