namespace ParPlan.Core.Indicators;

/// <summary>
/// The org tree as the indicator roll-up needs it: for a unit code and a date, the codes of the units whose
/// totals include it (parent, grandparent …, or the successor a merged unit was folded into), nearest first,
/// excluding the unit itself. The roll-up asks for the period's end date, so units merged during the year
/// roll up into their successor for periods ending after the merger.
/// </summary>
public interface IUnitHierarchy
{
    IReadOnlyList<string> AncestorsOf(string unitCode, DateOnly asOf);

    /// <summary>The ancestors, and whether a unit of the chain had no link in force on <paramref name="asOf"/> (it did not
    /// exist yet, or no longer did), so the chain it had when it was created (or when it ended) was used instead.</summary>
    UnitRollUp RollUpOf(string unitCode, DateOnly asOf) => new(AncestorsOf(unitCode, asOf), false);
}
