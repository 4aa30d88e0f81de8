namespace ParPlan.Core.Indicators;

/// <summary>Dossiers of a period whose unit did not exist on the period's end date, so they rolled up through the chain
/// the unit had when it was created (or when it ended): received in the period, and finished in it (not withdrawn).</summary>
public readonly record struct OutsideDatesCount(long Received, long Finished)
{
    public static OutsideDatesCount operator +(OutsideDatesCount a, OutsideDatesCount b) => new(a.Received + b.Received, a.Finished + b.Finished);
}
