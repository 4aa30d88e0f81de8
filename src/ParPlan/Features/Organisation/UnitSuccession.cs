namespace ParPlan.Features.Organisation;

/// <summary>A predecessor → successor link (merger, split or take-over), used to re-parent open work.</summary>
public sealed class UnitSuccession
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PredecessorId { get; set; }

    public Guid SuccessorId { get; set; }

    public DateOnly EffectiveOn { get; set; }
}
