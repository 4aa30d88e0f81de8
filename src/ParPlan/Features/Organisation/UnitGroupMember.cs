namespace ParPlan.Features.Organisation;

/// <summary>A dated explicit member of a group.</summary>
public sealed class UnitGroupMember
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GroupId { get; set; }

    public Guid UnitId { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
