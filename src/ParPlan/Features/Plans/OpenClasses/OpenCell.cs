namespace ParPlan.Features.Plans.OpenClasses;

/// <summary>A lead or support cell item that names an open class ("Các cơ quan, đơn vị có liên quan"): it cannot fan out
/// by itself, so the standing agency picks the units. <see cref="PickedUnitIds"/> are the units picked so far.</summary>
public sealed record OpenCell(Guid TaskId, string Ref, string Title, string Role, string Text, Guid GroupId, string GroupName,
    IReadOnlyList<Guid> PickedUnitIds)
{
    public bool Pending => PickedUnitIds.Count == 0;
}
