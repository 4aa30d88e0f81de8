using System.Collections.Concurrent;
using ParPlan.Core.ParIndex;

namespace ParPlan.Features.ParIndex;

/// <summary>Criteria set versions read once: a stored version never changes, so its parsed form is kept by id.</summary>
public sealed class ParSetCache
{
    private readonly ConcurrentDictionary<Guid, (CriteriaSet Set, ParIndexCalculator Calculator)> sets = new();

    public CriteriaSet Get(ParCriteriaSet stored) => Entry(stored).Set;

    public ParIndexCalculator Calculator(ParCriteriaSet stored) => Entry(stored).Calculator;

    private (CriteriaSet Set, ParIndexCalculator Calculator) Entry(ParCriteriaSet stored) => sets.GetOrAdd(stored.Id, _ =>
    {
        var set = CriteriaJson.Read(stored.Json).Set ?? throw new InvalidOperationException($"Stored criteria set {stored.Id} does not read.");
        return (set, new ParIndexCalculator(set));
    });
}
