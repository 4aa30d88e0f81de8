namespace ParPlan.Features.Indicators;

/// <summary>A page of the dossiers behind a number: <paramref name="Total"/> of them, <paramref name="OutsideUnitDates"/>
/// of which belong to units that did not exist on the period's last day (counted through their unit's first parents).</summary>
public sealed record DossierList(List<DossierListItem> Items, int Total, int OutsideUnitDates)
{
    public void Deconstruct(out List<DossierListItem> items, out int total) => (items, total) = (Items, Total);
}
